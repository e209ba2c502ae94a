def mst_weight(n, edges):
    parent = list(range(n))
    total = 0
    for u, v, w in sorted(edges, key=lambda e: e[2]):
        while parent[u] != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        if u != v:
            parent[u] = v
            total += w
    return total
