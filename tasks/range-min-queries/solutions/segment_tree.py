def range_min(a, queries):
    # Iterative (bottom-up) segment tree over the array, O(log n) per query.
    n = len(a)
    size = 1
    while size < n:
        size *= 2
    inf = float("inf")
    tree = [inf] * (2 * size)
    tree[size:size + n] = a
    for i in range(size - 1, 0, -1):
        x, y = tree[2 * i], tree[2 * i + 1]
        tree[i] = x if x < y else y
    out = []
    for l, r in queries:
        l += size
        r += size + 1
        best = inf
        while l < r:
            if l & 1:
                if tree[l] < best:
                    best = tree[l]
                l += 1
            if r & 1:
                r -= 1
                if tree[r] < best:
                    best = tree[r]
            l >>= 1
            r >>= 1
        out.append(best)
    return out
