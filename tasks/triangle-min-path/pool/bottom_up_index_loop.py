def min_triangle_path(triangle):
    if not triangle:
        return 0
    dp = list(triangle[-1])
    for r in range(len(triangle) - 2, -1, -1):
        row = triangle[r]
        for c in range(r + 1):
            a = dp[c]
            b = dp[c + 1]
            dp[c] = row[c] + (a if a < b else b)
    return dp[0]
