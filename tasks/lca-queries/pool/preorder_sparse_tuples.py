def lca_queries(parent, queries):
    # Preorder numbering; a sparse table of (depth, vertex) tuples built with min(); the LCA of a != b is the
    # parent of the shallowest vertex numbered in (pre[a], pre[b]].
    n = len(parent)
    children = [[] for _ in range(n)]
    for v in range(1, n):
        children[parent[v]].append(v)
    pre = [0] * n
    depth = [0] * n
    seq = []
    stack = [0]
    while stack:
        u = stack.pop()
        pre[u] = len(seq)
        seq.append((depth[u], u))
        for v in reversed(children[u]):
            depth[v] = depth[u] + 1
            stack.append(v)
    table = [seq]
    span = 1
    while 2 * span <= n:
        prev = table[-1]
        table.append([min(prev[i], prev[i + span]) for i in range(len(prev) - span)])
        span *= 2
    out = []
    for a, b in queries:
        if a == b:
            out.append(a)
            continue
        l, r = sorted([pre[a], pre[b]])
        l += 1
        k = (r - l + 1).bit_length() - 1
        out.append(parent[min(table[k][l], table[k][r - (1 << k) + 1])[1]])
    return out
