def is_bipartite(n, edges):
    # Colour propagation by sweeping the whole edge list until nothing changes; when a sweep changes nothing,
    # colour one more uncoloured vertex that has edges (a new component) and sweep again.
    color = [-1] * n
    touched = [False] * n
    for u, v in edges:
        if u == v:
            return False
        touched[u] = touched[v] = True
    nxt = 0
    while True:
        changed = False
        for u, v in edges:
            cu, cv = color[u], color[v]
            if cu >= 0:
                if cv < 0:
                    color[v] = 1 - cu
                    changed = True
                elif cu == cv:
                    return False
            elif cv >= 0:
                color[u] = 1 - cv
                changed = True
        if not changed:
            while nxt < n and (color[nxt] >= 0 or not touched[nxt]):
                nxt += 1
            if nxt == n:
                return True
            color[nxt] = 0
