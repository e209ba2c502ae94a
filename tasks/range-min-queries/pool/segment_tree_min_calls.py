def range_min(a, queries):
    n = len(a)
    tree = [0] * n + list(a)
    for i in range(n - 1, 0, -1):
        tree[i] = min(tree[2 * i], tree[2 * i + 1])
    out = []
    for l, r in queries:
        l += n
        r += n + 1
        best = None
        while l < r:
            if l & 1:
                best = tree[l] if best is None else min(best, tree[l])
                l += 1
            if r & 1:
                r -= 1
                best = tree[r] if best is None else min(best, tree[r])
            l //= 2
            r //= 2
        out.append(best)
    return out
