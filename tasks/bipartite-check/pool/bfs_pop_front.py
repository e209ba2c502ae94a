def is_bipartite(n, edges):
    adj = {}
    for u, v in edges:
        if u == v:
            return False
        adj.setdefault(u, []).append(v)
        adj.setdefault(v, []).append(u)
    color = {}
    for s in range(n):
        if s in color or s not in adj:
            continue
        color[s] = 0
        queue = [s]
        while queue:
            u = queue.pop(0)
            for v in adj[u]:
                if v not in color:
                    color[v] = 1 - color[u]
                    queue.append(v)
                elif color[v] == color[u]:
                    return False
    return True
