def is_bipartite(n, edges):
    # Union-find over 2n nodes: v and v + n stand for "v on side 0" and "v on side 1".
    parent = list(range(2 * n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v in edges:
        if u == v:
            return False
        a, b = find(u), find(v)
        if a == b:
            return False
        parent[a] = find(v + n)
        parent[b] = find(u + n)
    return True
