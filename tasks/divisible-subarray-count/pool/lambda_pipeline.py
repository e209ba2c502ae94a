from collections import Counter
from itertools import accumulate


def count_divisible_subarrays(nums, k):
    prefix = accumulate(nums, lambda a, b: a + b, initial=0)
    counts = Counter(map(lambda p: p % k, prefix))
    return sum(map(lambda c: c * (c - 1) // 2, counts.values()))
