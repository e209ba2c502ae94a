def process_ops(n, ops):
    # Union by size plus path halving: near-constant amortised cost per operation.
    parent = list(range(n))
    size = [1] * n
    out = []
    append = out.append
    for kind, a, b in ops:
        while parent[a] != a:
            parent[a] = a = parent[parent[a]]
        while parent[b] != b:
            parent[b] = b = parent[parent[b]]
        if kind == "union":
            if a != b:
                if size[a] < size[b]:
                    a, b = b, a
                parent[b] = a
                size[a] += size[b]
        else:
            append(a == b)
    return out
