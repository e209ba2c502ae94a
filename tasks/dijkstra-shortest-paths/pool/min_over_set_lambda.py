def shortest_distances(n, edges):
    # Dijkstra with a set of frontier nodes, the nearest chosen by min() with a lambda over the distance list.
    inf = float("inf")
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [inf] * n
    dist[0] = 0
    done = [False] * n
    frontier = {0}
    while frontier:
        u = min(frontier, key=lambda x: dist[x])
        frontier.remove(u)
        done[u] = True
        for v, w in adj[u]:
            if not done[v] and dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                frontier.add(v)
    return [-1 if d == inf else d for d in dist]
