import sys
from functools import lru_cache


def min_triangle_path(triangle):
    # Top down: the best cost from (r, c) is its number plus the better of the two cells below.
    if not triangle:
        return 0
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 4 * len(triangle) + 100))
    n = len(triangle)

    @lru_cache(maxsize=None)
    def best(r, c):
        if r == n - 1:
            return triangle[r][c]
        return triangle[r][c] + min(best(r + 1, c), best(r + 1, c + 1))

    return best(0, 0)
