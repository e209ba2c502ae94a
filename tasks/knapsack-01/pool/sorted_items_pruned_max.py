def knapsack(weights, values, capacity):
    # Items sorted by weight, heaviest first, so the last items (the light ones) only need the capacities the
    # answer reads; one row updated with max().
    order = sorted(range(len(weights)), key=lambda i: -weights[i])
    remaining = sum(weights)
    dp = [0] * (capacity + 1)
    for i in order:
        w, v = weights[i], values[i]
        remaining -= w
        for c in range(capacity, max(w, capacity - remaining) - 1, -1):
            dp[c] = max(dp[c], dp[c - w] + v)
    return dp[capacity]
