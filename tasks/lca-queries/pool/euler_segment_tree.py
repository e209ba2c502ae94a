def lca_queries(parent, queries):
    # Euler tour with depths; a bottom-up segment tree over the tour answers each range minimum in O(log n).
    n = len(parent)
    children = [[] for _ in range(n)]
    for v in range(1, n):
        children[parent[v]].append(v)
    depth = [0] * n
    tour = []
    first = [0] * n
    stack = [(0, 0)]
    while stack:
        u, i = stack.pop()
        if i == 0:
            first[u] = len(tour)
        tour.append(u)
        if i < len(children[u]):
            stack.append((u, i + 1))
            c = children[u][i]
            depth[c] = depth[u] + 1
            stack.append((c, 0))
    m = len(tour)
    big = (n + 1) * n
    tree = [big] * (2 * m)
    for i, u in enumerate(tour):
        tree[m + i] = depth[u] * n + u
    for i in range(m - 1, 0, -1):
        tree[i] = min(tree[2 * i], tree[2 * i + 1])
    out = []
    for a, b in queries:
        l, r = first[a], first[b]
        if l > r:
            l, r = r, l
        l += m
        r += m + 1
        best = big
        while l < r:
            if l & 1:
                best = min(best, tree[l])
                l += 1
            if r & 1:
                r -= 1
                best = min(best, tree[r])
            l >>= 1
            r >>= 1
        out.append(best % n)
    return out
