def knapsack(weights, values, capacity):
    # The textbook one-row table: capacities visited from high to low so each item is counted once.
    best = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        for c in range(capacity, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
    return best[capacity]
