def tree_diameter(n, edges):
    # Breadth-first search from every vertex; the diameter is the largest eccentricity.
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    best = 0
    for s in range(n):
        dist = [-1] * n
        dist[s] = 0
        frontier = [s]
        d = 0
        while frontier:
            nxt = []
            for u in frontier:
                for v in adj[u]:
                    if dist[v] < 0:
                        dist[v] = d + 1
                        nxt.append(v)
            if nxt:
                d += 1
            frontier = nxt
        if d > best:
            best = d
    return best
