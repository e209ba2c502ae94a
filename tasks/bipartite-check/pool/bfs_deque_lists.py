from collections import deque


def is_bipartite(n, edges):
    adj = [[] for _ in range(n)]
    for u, v in edges:
        if u == v:
            return False
        adj[u].append(v)
        adj[v].append(u)
    color = [None] * n
    for s in range(n):
        if color[s] is not None:
            continue
        color[s] = True
        queue = deque([s])
        while queue:
            u = queue.popleft()
            for v in adj[u]:
                if color[v] is None:
                    color[v] = not color[u]
                    queue.append(v)
                elif color[v] == color[u]:
                    return False
    return True
