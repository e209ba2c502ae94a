def knapsack(weights, values, capacity):
    # One row, capacities from high to low; items heavier than the capacity or worth nothing are skipped.
    dp = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        if w > capacity or v == 0:
            continue
        for c in range(capacity, w - 1, -1):
            cand = dp[c - w] + v
            if cand > dp[c]:
                dp[c] = cand
    return dp[capacity]
