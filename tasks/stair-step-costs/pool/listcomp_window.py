def min_climb_costs(stairs, ks):
    answers = []
    for costs, k in zip(stairs, ks):
        n = len(costs)
        dp = [0] * (n + 2)
        for i in range(1, n + 2):
            prev = min([dp[j] for j in range(max(0, i - k), i)])
            dp[i] = prev + (costs[i - 1] if i <= n else 0)
        answers.append(dp[-1])
    return answers
