def process_ops(n, ops):
    parent = list(range(n))
    rank = [0] * n
    out = []
    for kind, a, b in ops:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        while parent[b] != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        if kind == "connected":
            out.append(a == b)
        elif a != b:
            if rank[a] < rank[b]:
                parent[a] = b
            elif rank[a] > rank[b]:
                parent[b] = a
            else:
                parent[b] = a
                rank[a] += 1
    return out
