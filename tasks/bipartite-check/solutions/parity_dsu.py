def is_bipartite(n, edges):
    # Union-find where each vertex also stores the parity of its path to its root;
    # an edge inside one set whose endpoints have equal parity closes an odd cycle.
    parent = list(range(n))
    parity = [0] * n
    size = [1] * n

    def find(x):
        path = []
        while parent[x] != x:
            path.append(x)
            x = parent[x]
        # compress, fixing parities from the top of the path down
        acc = 0
        for y in reversed(path):
            acc ^= parity[y]
            parity[y] = acc
            parent[y] = x
        return x

    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru == rv:
            if parity[u] == parity[v]:
                return False
            continue
        if size[ru] < size[rv]:
            ru, rv = rv, ru
            u, v = v, u
        parent[rv] = ru
        parity[rv] = parity[u] ^ parity[v] ^ 1
        size[ru] += size[rv]
    return True
