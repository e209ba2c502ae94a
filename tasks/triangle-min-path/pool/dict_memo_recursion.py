import sys


def min_triangle_path(triangle):
    if not triangle:
        return 0
    sys.setrecursionlimit(max(10000, 3 * len(triangle)))
    memo = {}
    last = len(triangle) - 1

    def solve(r, c):
        key = (r, c)
        if key in memo:
            return memo[key]
        if r == last:
            res = triangle[r][c]
        else:
            res = triangle[r][c] + min(solve(r + 1, c), solve(r + 1, c + 1))
        memo[key] = res
        return res

    return solve(0, 0)
