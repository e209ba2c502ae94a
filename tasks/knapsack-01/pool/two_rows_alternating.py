def knapsack(weights, values, capacity):
    # Two rows used alternately: the new row is written for every capacity from the previous one.
    prev = [0] * (capacity + 1)
    cur = [0] * (capacity + 1)
    for i in range(len(weights)):
        w, v = weights[i], values[i]
        for c in range(capacity + 1):
            if c >= w and prev[c - w] + v > prev[c]:
                cur[c] = prev[c - w] + v
            else:
                cur[c] = prev[c]
        prev, cur = cur, prev
    return prev[capacity]
