def knapsack(weights, values, capacity):
    # One row, capacities visited from high to low so every item is used at most once. Items go heaviest first,
    # and an item only updates the capacities the final answer can still read: c >= capacity - (weight of the
    # items after it).
    items = sorted(zip(weights, values), reverse=True)
    best = [0] * (capacity + 1)
    rest = sum(w for w, _ in items)
    for w, v in items:
        rest -= w
        low = max(w, capacity - rest)
        for c in range(capacity, low - 1, -1):
            take = best[c - w] + v
            if take > best[c]:
                best[c] = take
    return best[capacity]
