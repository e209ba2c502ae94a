from collections import deque


def shortest_distances(n, edges):
    # Queue-based Bellman-Ford (SPFA): a node whose distance drops is queued again unless already queued.
    inf = float("inf")
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [inf] * n
    dist[0] = 0
    queued = [False] * n
    queue = deque([0])
    queued[0] = True
    while queue:
        u = queue.popleft()
        queued[u] = False
        du = dist[u]
        for v, w in adj[u]:
            if du + w < dist[v]:
                dist[v] = du + w
                if not queued[v]:
                    queued[v] = True
                    queue.append(v)
    return [-1 if d == inf else d for d in dist]
