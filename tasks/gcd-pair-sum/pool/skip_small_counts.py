def gcd_pair_sum(nums):
    # Like the slice version, but the pair counts are only corrected for divisors with at least two multiples.
    if len(nums) < 2:
        return 0
    m = max(nums)
    freq = [0] * (m + 1)
    for x in nums:
        freq[x] += 1
    cnt = [0] + [sum(freq[d::d]) for d in range(1, m + 1)]
    exact = [0] * (m + 1)
    total = 0
    for d in range(m, 0, -1):
        c = cnt[d]
        if c < 2:
            continue
        e = c * (c - 1) // 2
        for k in range(2 * d, m + 1, d):
            e -= exact[k]
        exact[d] = e
        total += d * e
    return total
