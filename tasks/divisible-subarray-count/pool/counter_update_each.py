from collections import Counter


def count_divisible_subarrays(nums, k):
    seen = Counter({0: 1})
    s = 0
    res = 0
    for x in nums:
        s += x
        r = s % k
        res += seen[r]
        seen.update([r])
    return res
