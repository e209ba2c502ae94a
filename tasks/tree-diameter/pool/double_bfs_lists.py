from collections import deque


def tree_diameter(n, edges):
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)

    def farthest(s):
        dist = [-1] * n
        dist[s] = 0
        q = deque([s])
        u = s
        while q:
            u = q.popleft()
            for v in adj[u]:
                if dist[v] < 0:
                    dist[v] = dist[u] + 1
                    q.append(v)
        return u, dist[u]

    a, _ = farthest(0)
    return farthest(a)[1]
