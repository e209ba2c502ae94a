def tower_cross_sum(grid):
    # Column counts from strided slices of the joined grid (flat[c::C] is column c), rows by str.count; each row's
    # towers are found by str.find, one Python step per tower.
    if not grid:
        return 0
    C = len(grid[0])
    flat = "".join(grid)
    col_count = [flat[c::C].count("#") for c in range(C)]
    total = 0
    for row in grid:
        s = 0
        c = row.find("#")
        while c >= 0:
            s += col_count[c]
            c = row.find("#", c + 1)
        total += row.count("#") * s
    return total
