def lca_queries(parent, queries):
    # Binary lifting with the ancestor table in one dict keyed by (level, vertex), depths memoised in a dict.
    n = len(parent)
    depth = {0: 0}

    def get_depth(v):
        path = []
        while v not in depth:
            path.append(v)
            v = parent[v]
        d = depth[v]
        for u in reversed(path):
            d += 1
            depth[u] = d
        return depth[path[0]] if path else d

    for v in range(n):
        get_depth(v)
    levels = max(1, max(depth.values()).bit_length())
    up = {}
    for v in range(n):
        up[(0, v)] = parent[v] if v != 0 else 0
    for k in range(1, levels):
        for v in range(n):
            up[(k, v)] = up[(k - 1, up[(k - 1, v)])]
    out = []
    for a, b in queries:
        if depth[a] < depth[b]:
            a, b = b, a
        for k in range(levels - 1, -1, -1):
            if depth[a] - (1 << k) >= depth[b]:
                a = up[(k, a)]
        if a != b:
            for k in range(levels - 1, -1, -1):
                if up[(k, a)] != up[(k, b)]:
                    a = up[(k, a)]
                    b = up[(k, b)]
            a = up[(0, a)]
        out.append(a)
    return out
