def min_triangle_path(triangle):
    if not triangle:
        return 0
    dp = triangle[-1][:]
    for row in triangle[-2::-1]:
        dp = [row[i] + min(dp[i], dp[i + 1]) for i in range(len(row))]
    return dp[0]
