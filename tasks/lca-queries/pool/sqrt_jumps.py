def lca_queries(parent, queries):
    # Square-root jumps: every vertex knows its ancestor at the top of its depth block of size ~sqrt(max depth);
    # queries climb block by block, then step by step inside the last block.
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
    size = max(1, int(max(depth) ** 0.5))
    top = [0] * n  # the ancestor at depth (depth // size) * size - 1, or the root (-1) for the first block
    for u in order:
        if u == 0:
            top[u] = -1
        elif depth[u] % size == 0:
            top[u] = parent[u]
        else:
            top[u] = top[parent[u]]
    out = []
    for a, b in queries:
        while top[a] != top[b]:
            if depth[a] > depth[b]:
                a = top[a]
            else:
                b = top[b]
        while a != b:
            if depth[a] > depth[b]:
                a = parent[a]
            else:
                b = parent[b]
        out.append(a)
    return out
