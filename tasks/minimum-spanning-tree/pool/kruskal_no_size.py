from operator import itemgetter


def mst_weight(n, edges):
    parent = list(range(n))
    total = 0
    for u, v, w in sorted(edges, key=itemgetter(2)):
        ru = u
        while parent[ru] != ru:
            ru = parent[ru]
        rv = v
        while parent[rv] != rv:
            rv = parent[rv]
        # compress both paths
        while parent[u] != ru:
            parent[u], u = ru, parent[u]
        while parent[v] != rv:
            parent[v], v = rv, parent[v]
        if ru != rv:
            parent[ru] = rv
            total += w
    return total
