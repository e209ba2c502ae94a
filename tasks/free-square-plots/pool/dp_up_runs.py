from itertools import repeat
from operator import add, mul


def count_free_squares(grid):
    # side(i, j) = min(side(i-1, j-1) + 1, up(i, j), left(i, j)): `up` (free cells straight above, inclusive) is
    # updated for a whole row in C with map; the left run and the diagonal term are one Python step per cell.
    if not grid:
        return 0
    m = len(grid[0])
    up = [0] * m
    prev = [0] * m
    total = 0
    for row in grid:
        free = [1 if ch == "." else 0 for ch in row]
        up = list(map(mul, map(add, up, repeat(1)), free))
        cur = [0] * m
        left = 0
        diag = 0
        for j in range(m):
            if free[j]:
                left += 1
                v = diag + 1
                if up[j] < v:
                    v = up[j]
                if left < v:
                    v = left
                cur[j] = v
                total += v
            else:
                left = 0
            diag = prev[j]
        prev = cur
    return total
