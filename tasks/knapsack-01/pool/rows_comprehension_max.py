def knapsack(weights, values, capacity):
    # Each item builds a whole new row with a list comprehension over all capacities.
    row = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        row = [max(row[c], row[c - w] + v) if c >= w else row[c] for c in range(capacity + 1)]
    return row[capacity]
