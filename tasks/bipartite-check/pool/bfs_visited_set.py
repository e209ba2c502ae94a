from collections import deque


def is_bipartite(n, edges):
    adj = {v: [] for v in range(n)}
    for u, v in edges:
        if u == v:
            return False
        adj[u].append(v)
        adj[v].append(u)
    visited = set()
    side = {}
    for s in range(n):
        if s in visited:
            continue
        visited.add(s)
        side[s] = 0
        queue = deque([s])
        while queue:
            u = queue.popleft()
            for v in adj[u]:
                if v in visited:
                    if side[v] == side[u]:
                        return False
                else:
                    visited.add(v)
                    side[v] = 1 - side[u]
                    queue.append(v)
    return True
