def gcd_pair_sum(nums):
    # cnt[d] = how many numbers d divides, so cnt[d] * (cnt[d] - 1) / 2 pairs have d dividing their gcd. Going from
    # the largest d down, exact[d] = those pairs minus the pairs whose gcd is a larger multiple of d; the answer is
    # the sum of d * exact[d]. Both sums over multiples are Python loops.
    if len(nums) < 2:
        return 0
    m = max(nums)
    freq = [0] * (m + 1)
    for x in nums:
        freq[x] += 1
    exact = [0] * (m + 1)
    total = 0
    for d in range(m, 0, -1):
        c = 0
        for k in range(d, m + 1, d):
            c += freq[k]
        pairs = c * (c - 1) // 2
        for k in range(2 * d, m + 1, d):
            pairs -= exact[k]
        exact[d] = pairs
        total += d * pairs
    return total
