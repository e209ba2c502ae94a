def count_inversions(nums):
    # Iterative segment tree over value ranks counting how many seen values are larger.
    vals = sorted(set(nums))
    rank = {v: i for i, v in enumerate(vals)}
    size = 1
    while size < max(1, len(vals)):
        size *= 2
    tree = [0] * (2 * size)
    total = 0
    for x in nums:
        lo = rank[x] + 1 + size
        hi = 2 * size - 1 + 1
        s = 0
        l, r = lo, size + size
        while l < r:
            if l & 1:
                s += tree[l]
                l += 1
            if r & 1:
                r -= 1
                s += tree[r]
            l //= 2
            r //= 2
        total += s
        i = rank[x] + size
        while i:
            tree[i] += 1
            i //= 2
    return total
