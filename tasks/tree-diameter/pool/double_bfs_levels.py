def tree_diameter(n, edges):
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)

    def sweep(s):
        seen = [False] * n
        seen[s] = True
        frontier = [s]
        depth = -1
        last = s
        while frontier:
            depth += 1
            last = frontier[0]
            nxt = []
            for u in frontier:
                for v in adj[u]:
                    if not seen[v]:
                        seen[v] = True
                        nxt.append(v)
            frontier = nxt
        return last, depth

    end, _ = sweep(0)
    return sweep(end)[1]
