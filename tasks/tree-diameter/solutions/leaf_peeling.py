def tree_diameter(n, edges):
    # Peel leaves one by one. Each vertex keeps its degree and the XOR of its neighbours' ids, so a leaf's only
    # remaining neighbour is that XOR (no adjacency lists needed). When a leaf is removed, the longest downward
    # path of its neighbour is updated, and two downward paths meeting there give a candidate diameter.
    if n <= 1:
        return 0
    deg = [0] * n
    nx = [0] * n
    for u, v in edges:
        deg[u] += 1
        deg[v] += 1
        nx[u] ^= v
        nx[v] ^= u
    height = [0] * n
    best = 0
    stack = [v for v in range(n) if deg[v] == 1]
    remaining = n
    while remaining > 1:
        leaf = stack.pop()
        remaining -= 1
        p = nx[leaf]
        h = height[leaf] + 1
        hp = height[p]
        if h + hp > best:
            best = h + hp
        if h > hp:
            height[p] = h
        nx[p] ^= leaf
        deg[p] -= 1
        if deg[p] == 1:
            stack.append(p)
    return best
