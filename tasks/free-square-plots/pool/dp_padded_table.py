def count_free_squares(grid):
    # DP table with an extra zero row and column, so that no bounds are checked; min() of three neighbours.
    n = len(grid)
    if n == 0:
        return 0
    m = len(grid[0])
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    count = 0
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if grid[i - 1][j - 1] == ".":
                dp[i][j] = 1 + min(dp[i - 1][j], dp[i][j - 1], dp[i - 1][j - 1])
                count += dp[i][j]
    return count
