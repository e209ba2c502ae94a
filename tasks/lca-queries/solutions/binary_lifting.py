def lca_queries(parent, queries):
    # up[k][v] is the 2^k-th ancestor of v (the root is its own ancestor); lift by powers of two.
    n = len(parent)
    children = [[] for _ in range(n)]
    for v in range(1, n):
        children[parent[v]].append(v)
    depth = [0] * n
    stack = [0]
    while stack:
        u = stack.pop()
        for v in children[u]:
            depth[v] = depth[u] + 1
            stack.append(v)
    first = parent[:]
    first[0] = 0
    up = [first]
    levels = max(1, max(depth).bit_length())
    for _ in range(1, levels):
        prev = up[-1]
        up.append([prev[prev[v]] for v in range(n)])
    out = []
    for a, b in queries:
        if depth[a] < depth[b]:
            a, b = b, a
        diff = depth[a] - depth[b]
        k = 0
        while diff:
            if diff & 1:
                a = up[k][a]
            diff >>= 1
            k += 1
        if a != b:
            for k in range(levels - 1, -1, -1):
                row = up[k]
                if row[a] != row[b]:
                    a = row[a]
                    b = row[b]
            a = up[0][a]
        out.append(a)
    return out
