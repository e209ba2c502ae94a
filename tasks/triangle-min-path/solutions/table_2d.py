def min_triangle_path(triangle):
    # A full copy of the triangle as the DP table, filled from the second-last row up.
    if not triangle:
        return 0
    dp = [row[:] for row in triangle]
    for r in range(len(dp) - 2, -1, -1):
        for c in range(r + 1):
            dp[r][c] += min(dp[r + 1][c], dp[r + 1][c + 1])
    return dp[0][0]
