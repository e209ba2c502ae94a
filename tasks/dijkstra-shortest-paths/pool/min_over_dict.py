def shortest_distances(n, edges):
    # Dijkstra with the tentative distances of the frontier in a dict; the next node is min(dict, key=dict.get).
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [-1] * n
    tentative = {0: 0}
    while tentative:
        u = min(tentative, key=tentative.get)
        d = tentative.pop(u)
        dist[u] = d
        for v, w in adj[u]:
            if dist[v] < 0:
                nd = d + w
                if nd < tentative.get(v, nd + 1):
                    tentative[v] = nd
    return dist
