def lca_queries(parent, queries):
    # Preorder numbers and a sparse table of (depth, vertex) keys over them, the table filled with index loops;
    # the LCA of a != b is the parent of the shallowest vertex numbered in (pre[a], pre[b]].
    n = len(parent)
    children = [[] for _ in range(n)]
    for v in range(1, n):
        children[parent[v]].append(v)
    pre = [0] * n
    depth = [0] * n
    key = [0] * n
    counter = 0
    stack = [0]
    while stack:
        u = stack.pop()
        pre[u] = counter
        key[counter] = depth[u] * n + u
        counter += 1
        for v in children[u]:
            depth[v] = depth[u] + 1
            stack.append(v)
    table = [key]
    k = 1
    while (1 << k) <= n:
        prev = table[k - 1]
        half = 1 << (k - 1)
        row = []
        for i in range(n - (1 << k) + 1):
            row.append(min(prev[i], prev[i + half]))
        table.append(row)
        k += 1
    out = []
    for a, b in queries:
        if a == b:
            out.append(a)
            continue
        lo, hi = sorted((pre[a], pre[b]))
        lo += 1
        j = (hi - lo + 1).bit_length() - 1
        m = min(table[j][lo], table[j][hi - (1 << j) + 1])
        out.append(parent[m % n])
    return out
