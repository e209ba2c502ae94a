def process_ops(n, ops):
    parent = list(range(n))
    size = [1] * n
    out = []
    for op in ops:
        roots = []
        for x in (op[1], op[2]):
            while parent[x] != x:
                nxt = parent[x]
                parent[x] = parent[nxt]
                x = nxt
            roots.append(x)
        a, b = roots
        if op[0] == "union":
            if a != b:
                if size[a] < size[b]:
                    a, b = b, a
                parent[b] = a
                size[a] += size[b]
        else:
            out.append(a == b)
    return out
