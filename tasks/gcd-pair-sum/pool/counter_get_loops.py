from collections import Counter


def gcd_pair_sum(nums):
    freq = Counter(nums)
    if len(nums) < 2:
        return 0
    m = max(freq)
    exact = {}
    total = 0
    for d in range(m, 0, -1):
        c = 0
        for k in range(d, m + 1, d):
            c += freq.get(k, 0)
        pairs = c * (c - 1) // 2
        for k in range(2 * d, m + 1, d):
            pairs -= exact.get(k, 0)
        if pairs:
            exact[d] = pairs
            total += d * pairs
    return total
