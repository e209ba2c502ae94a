def process_ops(n, ops):
    parent = {i: i for i in range(n)}
    size = {i: 1 for i in range(n)}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    out = []
    for op in ops:
        kind, a, b = op[0], op[1], op[2]
        ra, rb = find(a), find(b)
        if kind == "union":
            if ra != rb:
                if size[ra] < size[rb]:
                    ra, rb = rb, ra
                parent[rb] = ra
                size[ra] += size[rb]
        else:
            out.append(ra == rb)
    return out
