def lca_queries(parent, queries):
    # Binary lifting tables per level; the deeper vertex is lifted one level at a time by testing every power
    # of two from the top, and depths come from a breadth-first order.
    n = len(parent)
    children = [[] for _ in range(n)]
    for v in range(1, n):
        children[parent[v]].append(v)
    depth = [0] * n
    order = [0]
    for u in order:
        for v in children[u]:
            depth[v] = depth[u] + 1
            order.append(v)
    levels = max(1, max(depth).bit_length())
    up = [[0] * n for _ in range(levels)]
    for v in range(1, n):
        up[0][v] = parent[v]
    for k in range(1, levels):
        for v in range(n):
            up[k][v] = up[k - 1][up[k - 1][v]]
    out = []
    for a, b in queries:
        if depth[a] < depth[b]:
            a, b = b, a
        for k in range(levels - 1, -1, -1):
            if depth[a] - depth[b] >= (1 << k):
                a = up[k][a]
        if a == b:
            out.append(a)
            continue
        for k in range(levels - 1, -1, -1):
            if up[k][a] != up[k][b]:
                a, b = up[k][a], up[k][b]
        out.append(up[0][a])
    return out
