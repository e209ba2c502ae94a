def gcd_pair_sum(nums):
    # The multiples of d are summed with map over a range: no Python loop body per multiple.
    if len(nums) < 2:
        return 0
    m = max(nums)
    freq = [0] * (m + 1)
    for x in nums:
        freq[x] += 1
    exact = [0] * (m + 1)
    get_f = freq.__getitem__
    get_e = exact.__getitem__
    total = 0
    for d in range(m, 0, -1):
        c = sum(map(get_f, range(d, m + 1, d)))
        e = c * (c - 1) // 2 - sum(map(get_e, range(2 * d, m + 1, d)))
        exact[d] = e
        total += d * e
    return total
