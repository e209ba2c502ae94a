from functools import cmp_to_key


def mst_weight(n, edges):
    ordered = sorted(edges, key=cmp_to_key(lambda a, b: a[2] - b[2]))
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    for u, v, w in ordered:
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            total += w
    return total
