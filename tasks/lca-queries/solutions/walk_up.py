def lca_queries(parent, queries):
    # Depths from the root, then for each query lift the deeper vertex and walk both up one step at a time.
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
    out = []
    for a, b in queries:
        while depth[a] > depth[b]:
            a = parent[a]
        while depth[b] > depth[a]:
            b = parent[b]
        while a != b:
            a = parent[a]
            b = parent[b]
        out.append(a)
    return out
