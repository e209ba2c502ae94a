def mst_weight(n, edges):
    # Boruvka: every round each component picks its cheapest outgoing edge (ties by edge index).
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    live = list(range(len(edges)))
    while True:
        cheapest = {}
        keep = []
        for i in live:
            u, v, w = edges[i]
            a, b = find(u), find(v)
            if a == b:
                continue
            keep.append(i)
            for c in (a, b):
                j = cheapest.get(c)
                if j is None or (w, i) < (edges[j][2], j):
                    cheapest[c] = i
        if not cheapest:
            return total
        for i in set(cheapest.values()):
            u, v, w = edges[i]
            a, b = find(u), find(v)
            if a != b:
                parent[a] = b
                total += w
        live = keep
