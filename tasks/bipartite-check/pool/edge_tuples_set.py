def is_bipartite(n, edges):
    # Every neighbour lookup scans a sorted tuple of that vertex's neighbours built from a set of edge pairs.
    pairs = set()
    for u, v in edges:
        if u == v:
            return False
        pairs.add((u, v))
        pairs.add((v, u))
    nbrs = {}
    for u, v in sorted(pairs):
        nbrs.setdefault(u, []).append(v)
    color = {}
    for s in sorted(nbrs):
        if s in color:
            continue
        color[s] = 0
        todo = [s]
        while todo:
            u = todo.pop()
            for v in tuple(nbrs[u]):
                if v not in color:
                    color[v] = color[u] ^ 1
                    todo.append(v)
                elif color[v] == color[u]:
                    return False
    return True
