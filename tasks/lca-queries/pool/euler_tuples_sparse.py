def lca_queries(parent, queries):
    # Euler tour of the tree (each vertex written on entry and after each child), then a sparse table of
    # (depth, vertex) tuples answers the minimum between the first visits of a and b.
    n = len(parent)
    children = [[] for _ in range(n)]
    for v in range(1, n):
        children[parent[v]].append(v)
    tour = []
    first = [0] * n
    stack = [(0, 0, 0)]
    while stack:
        u, d, i = stack.pop()
        if i == 0:
            first[u] = len(tour)
        tour.append((d, u))
        if i < len(children[u]):
            stack.append((u, d, i + 1))
            stack.append((children[u][i], d + 1, 0))
    table = [tour]
    j = 1
    while (1 << j) <= len(tour):
        prev = table[-1]
        half = 1 << (j - 1)
        table.append([min(prev[i], prev[i + half]) for i in range(len(tour) - (1 << j) + 1)])
        j += 1
    out = []
    for a, b in queries:
        l, r = first[a], first[b]
        if l > r:
            l, r = r, l
        k = (r - l + 1).bit_length() - 1
        out.append(min(table[k][l], table[k][r - (1 << k) + 1])[1])
    return out
