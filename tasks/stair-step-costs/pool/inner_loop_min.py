def min_climb_costs(stairs, ks):
    results = []
    for costs, k in zip(stairs, ks):
        n = len(costs)
        dp = [0] * (n + 2)
        for i in range(1, n + 2):
            best = None
            for j in range(max(0, i - k), i):
                if best is None or dp[j] < best:
                    best = dp[j]
            dp[i] = best + (costs[i - 1] if i <= n else 0)
        results.append(dp[n + 1])
    return results
