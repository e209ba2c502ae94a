def lis_length(nums):
    # Fenwick tree of prefix maxima over the ranks of the values: the best subsequence ending in x extends
    # the best one ending in any smaller value seen before.
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
    size = len(ranks)
    tree = [0] * (size + 1)
    answer = 0
    for x in nums:
        r = ranks[x] - 1
        best = 0
        while r > 0:
            if tree[r] > best:
                best = tree[r]
            r -= r & -r
        best += 1
        if best > answer:
            answer = best
        r = ranks[x]
        while r <= size:
            if tree[r] < best:
                tree[r] = best
            r += r & -r
    return answer
