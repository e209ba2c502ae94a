def gcd_pair_sum(nums):
    # With cnt[d] = how many numbers d divides, cnt[d] * (cnt[d] - 1) / 2 pairs have d dividing their gcd; from the
    # largest d down, exact[d] = those pairs minus exact[k] for the larger multiples k of d, and the answer is the
    # sum of d * exact[d]. Both sums over the multiples of d are sums of strided slices, run in C.
    if len(nums) < 2:
        return 0
    m = max(nums)
    freq = [0] * (m + 1)
    for x in nums:
        freq[x] += 1
    exact = [0] * (m + 1)
    total = 0
    for d in range(m, 0, -1):
        c = sum(freq[d::d])
        if c > 1:
            e = c * (c - 1) // 2 - sum(exact[2 * d::d])
            exact[d] = e
            total += d * e
    return total
