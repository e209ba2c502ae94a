def tower_cross_sum(grid):
    # Counts by str.count (columns as strided slices of the joined map); one generator step per cell for the sum.
    if not grid:
        return 0
    C = len(grid[0])
    flat = "".join(grid)
    col_count = [flat[c::C].count("#") for c in range(C)]
    return sum(row.count("#") * sum(cc for cc, ch in zip(col_count, row) if ch == "#") for row in grid)
