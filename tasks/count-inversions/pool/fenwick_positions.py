def count_inversions(nums):
    # Visit the values from largest to smallest (ties by later position first) and count, with a Fenwick tree over
    # positions, how many larger values sit to the left of each one.
    n = len(nums)
    order = sorted(range(n), key=lambda i: (-nums[i], -i))
    tree = [0] * (n + 1)
    total = 0
    for i in order:
        j = i
        while j > 0:
            total += tree[j]
            j -= j & -j
        j = i + 1
        while j <= n:
            tree[j] += 1
            j += j & -j
    return total
