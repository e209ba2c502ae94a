def min_climb_costs(stairs, ks):
    INF = float("inf")
    out = []
    for costs, k in zip(stairs, ks):
        n = len(costs)
        cost = [0] + list(costs) + [0]
        dist = [INF] * (n + 2)
        dist[0] = 0
        for i in range(n + 1):
            base = dist[i]
            for j in range(i + 1, min(i + k, n + 1) + 1):
                dist[j] = min(dist[j], base + cost[j])
        out.append(dist[n + 1])
    return out
