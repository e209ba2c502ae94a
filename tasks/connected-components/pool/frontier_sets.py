def count_components(n, edges):
    # Flood each component level by level with set operations.
    adj = [set() for _ in range(n)]
    for u, v in edges:
        adj[u].add(v)
        adj[v].add(u)
    seen = set()
    components = 0
    for s in range(n):
        if s in seen:
            continue
        components += 1
        frontier = {s}
        seen.add(s)
        while frontier:
            nxt = set()
            for u in frontier:
                nxt |= adj[u]
            nxt -= seen
            seen |= nxt
            frontier = nxt
    return components
