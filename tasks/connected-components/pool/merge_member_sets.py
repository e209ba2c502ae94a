def count_components(n, edges):
    # Each component is a set of its members; a union moves the smaller set's members into the larger.
    comp = [None] * n
    sets = {}
    for v in range(n):
        comp[v] = v
        sets[v] = {v}
    for u, v in edges:
        a, b = comp[u], comp[v]
        if a == b:
            continue
        if len(sets[a]) < len(sets[b]):
            a, b = b, a
        for w in sets[b]:
            comp[w] = a
        sets[a] |= sets.pop(b)
    return len(sets)
