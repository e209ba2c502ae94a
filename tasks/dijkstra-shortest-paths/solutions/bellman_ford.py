def shortest_distances(n, edges):
    # Relax every edge until a full pass changes nothing (at most n - 1 useful passes).
    inf = float("inf")
    dist = [inf] * n
    dist[0] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    return [-1 if d == inf else d for d in dist]
