def is_bipartite(n, edges):
    # Edges de-duplicated through a set of pairs, two colour classes as sets, a list used as a FIFO queue, and
    # each vertex's neighbours sorted again whenever it is visited.
    pairs = set()
    for u, v in edges:
        if u == v:
            return False
        pairs.add((u, v))
        pairs.add((v, u))
    adj = {}
    for u, v in sorted(pairs):
        adj.setdefault(u, []).append(v)
    left, right = set(), set()
    for s in sorted(adj):
        if s in left or s in right:
            continue
        left.add(s)
        queue = [s]
        while queue:
            u = queue.pop(0)
            mine, other = (left, right) if u in left else (right, left)
            for v in sorted(adj[u]):
                if v in mine:
                    return False
                if v not in other:
                    other.add(v)
                    queue.append(v)
    return True
