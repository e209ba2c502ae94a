def mst_weight(n, edges):
    # Re-pack the edges as (w, u, v) so that plain tuple order sorts by weight.
    ordered = sorted((w, u, v) for u, v, w in edges)
    parent = list(range(n))
    size = [1] * n

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    for w, u, v in ordered:
        a, b = find(u), find(v)
        if a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]
            total += w
    return total
