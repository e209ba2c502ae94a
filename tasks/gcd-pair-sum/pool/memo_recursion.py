import sys
from functools import lru_cache


def gcd_pair_sum(nums):
    # exact(d) = pairs whose gcd is exactly d, defined recursively through the multiples of d and memoised.
    if len(nums) < 2:
        return 0
    sys.setrecursionlimit(10000)
    m = max(nums)
    freq = [0] * (m + 1)
    for x in nums:
        freq[x] += 1

    @lru_cache(maxsize=None)
    def exact(d):
        c = sum(freq[d::d])
        e = c * (c - 1) // 2
        for k in range(2 * d, m + 1, d):
            e -= exact(k)
        return e

    total = 0
    for d in range(m, 0, -1):
        total += d * exact(d)
    return total
