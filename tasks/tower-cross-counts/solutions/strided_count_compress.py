from itertools import compress

# '#' -> 1 and '.' -> 0: a row's bytes, translated, select the columns of its towers.
_SELECT = bytes.maketrans(b"#.", b"\x01\x00")


def tower_cross_sum(grid):
    # Everything per cell runs in C: the column counts are str.count on strided slices of the joined grid
    # (flat[c::C] is column c), a row's count is str.count, and the sum of the column counts under a row's towers
    # is sum(compress(...)) with the row's translated bytes as selectors. One Python step per row and per column.
    if not grid:
        return 0
    C = len(grid[0])
    flat = "".join(grid)
    col_count = [flat[c::C].count("#") for c in range(C)]
    sel = flat.encode("ascii").translate(_SELECT)
    total = 0
    start = 0
    for row in grid:
        k = row.count("#")
        if k:
            total += k * sum(compress(col_count, sel[start:start + C]))
        start += C
    return total
