def tree_diameter(n, edges):
    # Peel leaves, removing them from their neighbour's adjacency set.
    if n == 1:
        return 0
    adj = [set() for _ in range(n)]
    for u, v in edges:
        adj[u].add(v)
        adj[v].add(u)
    height = [0] * n
    best = 0
    leaves = [v for v in range(n) if len(adj[v]) == 1]
    remaining = n
    while remaining > 1:
        leaf = leaves.pop()
        remaining -= 1
        (p,) = adj[leaf]
        h = height[leaf] + 1
        best = max(best, h + height[p])
        height[p] = max(height[p], h)
        adj[p].discard(leaf)
        if len(adj[p]) == 1:
            leaves.append(p)
    return best
