def tree_diameter(n, edges):
    # Remove all current leaves round by round (like finding the centre): the diameter follows from the number
    # of rounds and whether one or two centre vertices remain.
    if n == 1:
        return 0
    deg = [0] * n
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
        deg[u] += 1
        deg[v] += 1
    layer = [v for v in range(n) if deg[v] == 1]
    remaining = n
    rounds = 0
    while remaining > 2:
        remaining -= len(layer)
        rounds += 1
        nxt = []
        for leaf in layer:
            for p in adj[leaf]:
                deg[p] -= 1
                if deg[p] == 1:
                    nxt.append(p)
        layer = nxt
    return 2 * rounds + (1 if remaining == 2 else 0)
