def is_bipartite(n, edges):
    # BFS by levels; each new level is sorted before it is expanded (needless work).
    adj = [[] for _ in range(n)]
    for u, v in edges:
        if u == v:
            return False
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * n
    for s in range(n):
        if color[s] >= 0:
            continue
        color[s] = 0
        level = [s]
        while level:
            cands = []
            for u in level:
                for v in adj[u]:
                    if color[v] == color[u]:
                        return False
                    if color[v] < 0:
                        color[v] = 1 - color[u]
                        cands.append(v)
            level = sorted(cands)
    return True
