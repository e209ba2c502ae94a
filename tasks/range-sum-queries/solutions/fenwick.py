def range_sums(nums, queries):
    # Fenwick (binary indexed) tree: each prefix sum costs O(log n) steps.
    n = len(nums)
    tree = [0] * (n + 1)
    for i, x in enumerate(nums, 1):
        tree[i] += x
        parent = i + (i & -i)
        if parent <= n:
            tree[parent] += tree[i]

    def prefix(i):  # sum of nums[:i]
        total = 0
        while i > 0:
            total += tree[i]
            i -= i & -i
        return total

    return [prefix(r + 1) - prefix(l) for l, r in queries]
