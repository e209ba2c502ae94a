from operator import mul

_DIGITS = str.maketrans("#.", "10")


def tower_cross_sum(grid):
    # Each row translated to a string of 0/1 digits and mapped to ints; column counts are the running elementwise
    # sums of those rows; the answer is each row's count times its dot product with the column counts.
    if not grid:
        return 0
    rows = [list(map(int, row.translate(_DIGITS))) for row in grid]
    col_count = [0] * len(grid[0])
    for bits in rows:
        col_count = list(map(sum, zip(col_count, bits)))
    return sum(sum(bits) * sum(map(mul, bits, col_count)) for bits in rows)
