def lca_queries(parent, queries):
    # Tarjan's offline algorithm: a depth-first walk unions each finished subtree into its parent; when both ends
    # of a query have been visited, the LCA is the current ancestor of the earlier one's set.
    n = len(parent)
    children = [[] for _ in range(n)]
    for v in range(1, n):
        children[parent[v]].append(v)
    asked = [[] for _ in range(n)]
    for qi, (a, b) in enumerate(queries):
        asked[a].append((b, qi))
        asked[b].append((a, qi))
    uf = list(range(n))
    anc = list(range(n))
    visited = [False] * n
    out = [0] * len(queries)

    def find(x):
        root = x
        while uf[root] != root:
            root = uf[root]
        while uf[x] != root:
            uf[x], x = root, uf[x]
        return root

    stack = [(0, 0)]
    while stack:
        u, i = stack.pop()
        if i == 0:
            visited[u] = True
            for other, qi in asked[u]:
                if visited[other]:
                    out[qi] = anc[find(other)]
        if i < len(children[u]):
            stack.append((u, i + 1))
            stack.append((children[u][i], 0))
        elif u != 0:
            p = parent[u]
            ru, rp = find(u), find(p)
            uf[ru] = rp
            anc[rp] = p
    return out
