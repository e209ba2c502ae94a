def tree_diameter(n, edges):
    # Leaf peeling with adjacency lists; a removed leaf is taken out of its neighbour's list with list.remove.
    if n == 1:
        return 0
    adj = [[] for _ in range(n)]
    for e in edges:
        u, v = e[0], e[1]
        adj[u].append(v)
        adj[v].append(u)
    height = [0] * n
    best = 0
    stack = [v for v in range(n) if len(adj[v]) == 1]
    for _ in range(n - 1):
        leaf = stack.pop()
        p = adj[leaf][0]
        h = height[leaf] + 1
        if h + height[p] > best:
            best = h + height[p]
        if h > height[p]:
            height[p] = h
        adj[p].remove(leaf)
        if len(adj[p]) == 1:
            stack.append(p)
    return best
