def tree_diameter(n, edges):
    # Leaf peeling with adjacency lists and a live-degree count; a leaf's parent is its neighbour still alive.
    if n < 2:
        return 0
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    deg = [len(a) for a in adj]
    alive = [True] * n
    height = [0] * n
    best = 0
    stack = [v for v in range(n) if deg[v] == 1]
    for _ in range(n - 1):
        leaf = stack.pop()
        alive[leaf] = False
        for p in adj[leaf]:
            if alive[p]:
                break
        h = height[leaf] + 1
        if h + height[p] > best:
            best = h + height[p]
        if h > height[p]:
            height[p] = h
        deg[p] -= 1
        if deg[p] == 1:
            stack.append(p)
    return best
