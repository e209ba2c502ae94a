def process_ops(n, ops):
    # Full path compression (find the root, then point the whole path at it), no union by size.
    parent = list(range(n))

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    out = []
    for kind, a, b in ops:
        ra, rb = find(a), find(b)
        if kind == "union":
            if ra != rb:
                parent[ra] = rb
        else:
            out.append(ra == rb)
    return out
