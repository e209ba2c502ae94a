from itertools import accumulate


def rectangle_sums(grid, queries):
    # Running sums along each row, then along each column of the transposed result, then transposed back.
    rows = [[0] + list(accumulate(row)) for row in grid]
    cols = [[0] + list(accumulate(col)) for col in zip(*rows)]
    table = [list(r) for r in zip(*cols)]
    res = []
    for r1, c1, r2, c2 in queries:
        res.append(table[r2 + 1][c2 + 1] - table[r1][c2 + 1] - table[r2 + 1][c1] + table[r1][c1])
    return res
