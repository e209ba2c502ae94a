from itertools import accumulate
from operator import add


def rectangle_sums(grid, queries):
    # P[r][c] = sum of grid[i][j] over i < r, j < c, so a rectangle is four entries of P combined. Row r + 1 of P is
    # row r's running sums (accumulate) added to row r of P (map(add)), both in C; each query is then O(1).
    width = len(grid[0])
    prev = [0] * (width + 1)
    table = [prev]
    for row in grid:
        prev = list(map(add, prev, accumulate(row, initial=0)))
        table.append(prev)
    out = []
    append = out.append
    for r1, c1, r2, c2 in queries:
        top = table[r1]
        bottom = table[r2 + 1]
        append(bottom[c2 + 1] - bottom[c1] - top[c2 + 1] + top[c1])
    return out
