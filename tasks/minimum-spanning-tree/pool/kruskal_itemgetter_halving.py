from operator import itemgetter


def mst_weight(n, edges):
    parent = list(range(n))
    size = [1] * n
    total = 0
    for u, v, w in sorted(edges, key=itemgetter(2)):
        while parent[u] != u:
            parent[u] = u = parent[parent[u]]
        while parent[v] != v:
            parent[v] = v = parent[parent[v]]
        if u == v:
            continue
        if size[u] < size[v]:
            u, v = v, u
        parent[v] = u
        size[u] += size[v]
        total += w
    return total
