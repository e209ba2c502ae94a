def tower_cross_sum(grid):
    # Build every column string by joining a generator over the rows, count with str.count, then sum per row with
    # a comprehension over the row's cells.
    if not grid:
        return 0
    R, C = len(grid), len(grid[0])
    columns = ["".join(grid[r][c] for r in range(R)) for c in range(C)]
    col_count = [col.count("#") for col in columns]
    total = 0
    for row in grid:
        k = row.count("#")
        total += k * sum([col_count[c] for c in range(C) if row[c] == "#"])
    return total
