from itertools import accumulate
from operator import add


def rectangle_sums(grid, queries):
    # Table built row-wise in C; each query indexes the table four times through its rows.
    width = len(grid[0])
    prev = [0] * (width + 1)
    table = [prev]
    for row in grid:
        prev = list(map(add, prev, accumulate(row, initial=0)))
        table.append(prev)
    return [table[r2 + 1][c2 + 1] - table[r2 + 1][c1] - table[r1][c2 + 1] + table[r1][c1]
            for r1, c1, r2, c2 in queries]
