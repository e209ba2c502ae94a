def is_bipartite(n, edges):
    adj = [set() for _ in range(n)]
    for u, v in edges:
        if u == v:
            return False
        adj[u].add(v)
        adj[v].add(u)
    color = [-1] * n
    for s in range(n):
        if color[s] >= 0:
            continue
        color[s] = 0
        frontier = {s}
        while frontier:
            nxt = set()
            for u in frontier:
                for v in adj[u]:
                    if color[v] < 0:
                        color[v] = 1 - color[u]
                        nxt.add(v)
                    elif color[v] == color[u]:
                        return False
            frontier = nxt
    return True
