def is_bipartite(n, edges):
    # Two-colour every component by breadth-first search, level by level, over adjacency lists indexed by vertex.
    adj = [[] for _ in range(n)]
    for u, v in edges:
        if u == v:
            return False
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * n
    for s in range(n):
        if color[s] >= 0 or not adj[s]:
            continue
        color[s] = 0
        frontier = [s]
        while frontier:
            nxt = []
            for u in frontier:
                c = 1 - color[u]
                for v in adj[u]:
                    cv = color[v]
                    if cv < 0:
                        color[v] = c
                        nxt.append(v)
                    elif cv != c:
                        return False
            frontier = nxt
    return True
