from operator import mul


def tower_cross_sum(grid):
    # Convert the map to a 0/1 integer matrix, then sums in C: row sums, column sums over zip(*m), and per row the
    # dot product of the row with the column sums.
    if not grid:
        return 0
    m = [[1 if ch == "#" else 0 for ch in row] for row in grid]
    col_sum = list(map(sum, zip(*m)))
    total = 0
    for row in m:
        k = sum(row)
        if k:
            total += k * sum(map(mul, row, col_sum))
    return total
