import sys


def min_triangle_path(triangle):
    n = len(triangle)
    if n == 0:
        return 0
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 2 * n + 50))
    memo = [[None] * (r + 1) for r in range(n)]

    def go(r, c):
        if memo[r][c] is not None:
            return memo[r][c]
        if r == n - 1:
            v = triangle[r][c]
        else:
            left = go(r + 1, c)
            right = go(r + 1, c + 1)
            v = triangle[r][c] + (left if left < right else right)
        memo[r][c] = v
        return v

    return go(0, 0)
