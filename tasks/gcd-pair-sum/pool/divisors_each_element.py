import math


def gcd_pair_sum(nums):
    # Count, for every d, how many numbers it divides (trial division of every element), then remove the pairs
    # counted for larger multiples.
    n = len(nums)
    if n < 2:
        return 0
    m = max(nums)
    cnt = [0] * (m + 1)
    for x in nums:
        for i in range(1, math.isqrt(x) + 1):
            if x % i == 0:
                cnt[i] += 1
                j = x // i
                if j != i:
                    cnt[j] += 1
    exact = [0] * (m + 1)
    ans = 0
    for d in range(m, 0, -1):
        e = cnt[d] * (cnt[d] - 1) // 2
        for k in range(2 * d, m + 1, d):
            e -= exact[k]
        exact[d] = e
        ans += d * e
    return ans
