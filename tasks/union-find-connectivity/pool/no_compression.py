def process_ops(n, ops):
    # Union by size only: trees stay O(log n) deep, every find walks to the root.
    parent = list(range(n))
    size = [1] * n
    out = []
    for kind, a, b in ops:
        while parent[a] != a:
            a = parent[a]
        while parent[b] != b:
            b = parent[b]
        if kind == "union":
            if a != b:
                if size[a] < size[b]:
                    a, b = b, a
                parent[b] = a
                size[a] += size[b]
        else:
            out.append(a == b)
    return out
