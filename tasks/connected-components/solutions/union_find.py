def count_components(n, edges):
    # Disjoint-set forest with path halving; every union of two different sets removes one component.
    parent = list(range(n))
    components = n
    for u, v in edges:
        while parent[u] != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        if u != v:
            parent[u] = v
            components -= 1
    return components
