def lca_queries(parent, queries):
    # Euler tour with depths, and the textbook recursive segment tree over it: build(node, lo, hi) and
    # query(node, lo, hi, l, r) return the (depth, vertex) pair of least depth in a range.
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
        tour.append((depth[u], u))
        if i < len(children[u]):
            stack.append((u, i + 1))
            c = children[u][i]
            depth[c] = depth[u] + 1
            stack.append((c, 0))
    m = len(tour)
    tree = [None] * (4 * m)

    def build(node, lo, hi):
        if lo == hi:
            tree[node] = tour[lo]
            return
        mid = (lo + hi) // 2
        build(2 * node, lo, mid)
        build(2 * node + 1, mid + 1, hi)
        tree[node] = min(tree[2 * node], tree[2 * node + 1])

    def query(node, lo, hi, l, r):
        if r < lo or hi < l:
            return None
        if l <= lo and hi <= r:
            return tree[node]
        mid = (lo + hi) // 2
        left = query(2 * node, lo, mid, l, r)
        right = query(2 * node + 1, mid + 1, hi, l, r)
        if left is None:
            return right
        if right is None:
            return left
        return min(left, right)

    build(1, 0, m - 1)
    out = []
    for a, b in queries:
        l, r = first[a], first[b]
        if l > r:
            l, r = r, l
        out.append(query(1, 0, m - 1, l, r)[1])
    return out
