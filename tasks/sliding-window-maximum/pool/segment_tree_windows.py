def window_maxima(nums, k):
    # Segment tree of maxima over the whole list; every window is one range query.
    n = len(nums)
    if k > n:
        return []
    tree = [0] * n + list(nums)
    for i in range(n - 1, 0, -1):
        tree[i] = max(tree[2 * i], tree[2 * i + 1])
    out = []
    for start in range(n - k + 1):
        lo = start + n
        hi = start + k + n
        best = None
        while lo < hi:
            if lo & 1:
                if best is None or tree[lo] > best:
                    best = tree[lo]
                lo += 1
            if hi & 1:
                hi -= 1
                if best is None or tree[hi] > best:
                    best = tree[hi]
            lo >>= 1
            hi >>= 1
        out.append(best)
    return out
