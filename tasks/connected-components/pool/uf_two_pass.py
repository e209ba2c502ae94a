def count_components(n, edges):
    # Disjoint sets with full path compression (a second pass points the whole path at the root).
    parent = list(range(n))

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    components = n
    for u, v in edges:
        a, b = find(u), find(v)
        if a != b:
            parent[a] = b
            components -= 1
    return components
