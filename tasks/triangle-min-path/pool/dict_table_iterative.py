def min_triangle_path(triangle):
    # Bottom-up table keyed by (row, column).
    n = len(triangle)
    if n == 0:
        return 0
    dp = {}
    for c in range(n):
        dp[(n - 1, c)] = triangle[n - 1][c]
    for r in range(n - 2, -1, -1):
        for c in range(r + 1):
            dp[(r, c)] = triangle[r][c] + min(dp[(r + 1, c)], dp[(r + 1, c + 1)])
    return dp[(0, 0)]
