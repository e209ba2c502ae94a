def mst_weight(n, edges):
    parent = {}

    def find(x):
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while x != root:
            nxt = parent.get(x, x)
            parent[x] = root
            x = nxt
        return root

    total = 0
    for edge in sorted(edges, key=lambda e: e[2]):
        a, b = find(edge[0]), find(edge[1])
        if a != b:
            parent[a] = b
            total += edge[2]
    return total
