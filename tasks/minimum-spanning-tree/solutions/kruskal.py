from operator import itemgetter


def mst_weight(n, edges):
    # Kruskal's algorithm: edges by increasing weight, kept when they join two different trees
    # (disjoint-set forest with path halving and union by size).
    parent = list(range(n))
    size = [1] * n
    total = 0
    joined = 0
    for u, v, w in sorted(edges, key=itemgetter(2)):
        while parent[u] != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        if u != v:
            if size[u] < size[v]:
                u, v = v, u
            parent[v] = u
            size[u] += size[v]
            total += w
            joined += 1
            if joined == n - 1:
                break
    return total
