def is_bipartite(n, edges):
    # Adjacency lists rebuilt by concatenation on every edge (a needless copy each time).
    adj = [[] for _ in range(n)]
    for u, v in edges:
        if u == v:
            return False
        adj[u] = adj[u] + [v]
        adj[v] = adj[v] + [u]
    color = [-1] * n
    for s in range(n):
        if color[s] != -1:
            continue
        color[s] = 0
        stack = [s]
        while stack:
            u = stack.pop()
            for v in adj[u]:
                if color[v] == -1:
                    color[v] = 1 - color[u]
                    stack.append(v)
                elif color[v] == color[u]:
                    return False
    return True
