def min_climb_costs(stairs, ks):
    out = []
    for costs, k in zip(stairs, ks):
        # dp[i]: cheapest cost of standing on position i (0 the ground); the top is position n + 1, free.
        dp = [0]
        for i, c in enumerate(costs, 1):
            dp.append(c + min(dp[max(0, i - k):i]))
        n = len(costs)
        out.append(min(dp[max(0, n + 1 - k):]))
    return out
