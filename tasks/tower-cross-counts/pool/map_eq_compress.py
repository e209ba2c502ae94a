from itertools import compress


def tower_cross_sum(grid):
    # Column counts by str.count on strided slices; each row's towers select its column counts through compress,
    # the selectors being map('#'.__eq__, row) (one C-level method call per cell).
    if not grid:
        return 0
    C = len(grid[0])
    flat = "".join(grid)
    col_count = [flat[c::C].count("#") for c in range(C)]
    is_tower = "#".__eq__
    total = 0
    for row in grid:
        k = row.count("#")
        if k:
            total += k * sum(compress(col_count, map(is_tower, row)))
    return total
