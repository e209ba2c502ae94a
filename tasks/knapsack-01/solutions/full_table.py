def knapsack(weights, values, capacity):
    # best[i][c]: best value using the first i items within capacity c (whole table kept).
    n = len(weights)
    best = [[0] * (capacity + 1)]
    for i in range(n):
        w, v = weights[i], values[i]
        prev = best[-1]
        row = [0] * (capacity + 1)
        for c in range(capacity + 1):
            skip = prev[c]
            if w <= c:
                take = prev[c - w] + v
                row[c] = take if take > skip else skip
            else:
                row[c] = skip
        best.append(row)
    return best[n][capacity]
