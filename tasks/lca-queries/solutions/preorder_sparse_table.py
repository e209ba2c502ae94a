def lca_queries(parent, queries):
    # Number the vertices in DFS preorder. For a != b with pre[a] < pre[b], the LCA is the parent of the
    # shallowest vertex whose preorder number lies in (pre[a], pre[b]]. Entries are encoded as depth * n + vertex
    # so that a plain minimum finds the shallowest one; a sparse table answers each range minimum in O(1).
    n = len(parent)
    children = [[] for _ in range(n)]
    for v in range(1, n):
        children[parent[v]].append(v)
    pre = [0] * n
    key = [0] * n  # key[i] for the vertex with preorder number i
    depth = [0] * n
    stack = [0]
    i = 0
    while stack:
        u = stack.pop()
        pre[u] = i
        key[i] = depth[u] * n + u
        i += 1
        du = depth[u] + 1
        for v in children[u]:
            depth[v] = du
            stack.append(v)
    table = [key]
    span = 1
    while 2 * span <= n:
        prev = table[-1]
        table.append([x if x < y else y for x, y in zip(prev, prev[span:])])
        span *= 2
    out = []
    append = out.append
    for a, b in queries:
        if a == b:
            append(a)
            continue
        l, r = pre[a], pre[b]
        if l > r:
            l, r = r, l
        l += 1
        k = (r - l + 1).bit_length() - 1
        row = table[k]
        x, y = row[l], row[r - (1 << k) + 1]
        append(parent[(x if x < y else y) % n])
    return out
