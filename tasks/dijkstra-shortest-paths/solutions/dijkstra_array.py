def shortest_distances(n, edges):
    # Dijkstra's algorithm choosing the next node by scanning all nodes: O(n) per step.
    inf = float("inf")
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [inf] * n
    dist[0] = 0
    done = [False] * n
    for _ in range(n):
        u = -1
        best = inf
        for v in range(n):
            if not done[v] and dist[v] < best:
                best = dist[v]
                u = v
        if u < 0:
            break
        done[u] = True
        for v, w in adj[u]:
            if best + w < dist[v]:
                dist[v] = best + w
    return [-1 if d == inf else d for d in dist]
