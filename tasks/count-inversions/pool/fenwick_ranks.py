def count_inversions(nums):
    # Binary indexed tree over the ranks of the values: for each element, count the larger ones seen before it.
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
    size = len(ranks)
    tree = [0] * (size + 1)
    total = 0
    for seen, x in enumerate(nums):
        r = ranks[x]
        i = r
        le = 0
        while i > 0:
            le += tree[i]
            i -= i & -i
        total += seen - le
        i = r
        while i <= size:
            tree[i] += 1
            i += i & -i
    return total
