def knapsack(weights, values, capacity):
    # Previous row copied before every item, new values computed from the copy in increasing capacity order.
    dp = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        prev = dp.copy()
        for c in range(w, capacity + 1):
            if prev[c - w] + v > dp[c]:
                dp[c] = prev[c - w] + v
    return dp[capacity]
