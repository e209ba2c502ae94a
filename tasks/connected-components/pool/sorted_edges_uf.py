def count_components(n, edges):
    # Normalise and sort the edges first (needless), then union them with path halving.
    norm = sorted({(min(u, v), max(u, v)) for u, v in edges})
    parent = list(range(n))
    components = n
    for u, v in norm:
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
