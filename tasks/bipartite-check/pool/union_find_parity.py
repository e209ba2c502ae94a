def is_bipartite(n, edges):
    # Union-find where each vertex stores its parity relative to its parent.
    parent = list(range(n))
    parity = [0] * n

    def find(x):
        path = []
        while parent[x] != x:
            path.append(x)
            x = parent[x]
        root = x
        acc = 0
        for v in reversed(path):
            acc ^= parity[v]
            parity[v] = acc
            parent[v] = root
        return root

    for u, v in edges:
        if u == v:
            return False
        ru, rv = find(u), find(v)
        pu, pv = parity[u] if u != ru else 0, parity[v] if v != rv else 0
        if ru == rv:
            if pu == pv:
                return False
        else:
            parent[ru] = rv
            parity[ru] = pu ^ pv ^ 1
    return True
