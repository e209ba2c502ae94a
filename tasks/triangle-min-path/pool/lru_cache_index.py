from functools import lru_cache
import sys


def min_triangle_path(triangle):
    if not triangle:
        return 0
    sys.setrecursionlimit(10000)
    n = len(triangle)

    @lru_cache(maxsize=None)
    def dfs(i, j):
        if i == n:
            return 0
        return triangle[i][j] + min(dfs(i + 1, j), dfs(i + 1, j + 1))

    return dfs(0, 0)
