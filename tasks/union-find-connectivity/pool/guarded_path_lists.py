def process_ops(n, ops):
    # find() records its path in a list and a set (a needless cycle guard), then points the path at the root.
    parent = list(range(n))
    size = [1] * n

    def find(x):
        path = []
        visited = set()
        while parent[x] != x:
            if x in visited:
                break
            visited.add(x)
            path.append(x)
            x = parent[x]
        for y in path:
            parent[y] = x
        return x

    out = []
    for op in ops:
        ra = find(op[1])
        rb = find(op[2])
        if op[0] == "union":
            if ra != rb:
                if size[ra] < size[rb]:
                    ra, rb = rb, ra
                parent[rb] = ra
                size[ra] += size[rb]
        else:
            out.append(ra == rb)
    return out
