def count_components(n, edges):
    # Disjoint sets kept in a dict, created lazily; untouched nodes are singletons.
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    merges = 0
    for u, v in edges:
        a, b = find(u), find(v)
        if a != b:
            parent[a] = b
            merges += 1
    return n - merges
