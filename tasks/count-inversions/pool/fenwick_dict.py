def count_inversions(nums):
    # Fenwick tree stored in a dict, over ranks from sorting the distinct values.
    order = sorted(set(nums))
    rank = {v: i + 1 for i, v in enumerate(order)}
    n = len(order)
    tree = {}
    total = 0
    for k, x in enumerate(nums):
        i = rank[x]
        s = 0
        while i:
            s += tree.get(i, 0)
            i &= i - 1
        total += k - s
        i = rank[x]
        while i <= n:
            tree[i] = tree.get(i, 0) + 1
            i += i & -i
    return total
