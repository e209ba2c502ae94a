from collections import Counter


def count_divisible_subarrays(nums, k):
    seen = Counter({0: 1})
    s = 0
    res = 0
    for x in nums:
        s = (s + x) % k
        res += seen[s]
        seen.update({s: 1})
    return res
