def gcd_pair_sum(nums):
    if len(nums) < 2:
        return 0
    m = max(nums)
    freq = [0] * (m + 1)
    for x in nums:
        freq[x] += 1
    exact = [0] * (m + 1)
    for d in range(m, 0, -1):
        c = sum(freq[k] for k in range(d, m + 1, d))
        exact[d] = c * (c - 1) // 2 - sum(exact[k] for k in range(2 * d, m + 1, d))
    return sum(d * exact[d] for d in range(1, m + 1))
