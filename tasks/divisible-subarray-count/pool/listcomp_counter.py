from collections import Counter
from itertools import accumulate


def count_divisible_subarrays(nums, k):
    prefix = list(accumulate(nums, initial=0))
    counts = Counter([p % k for p in prefix])
    total = 0
    for c in counts.values():
        total += c * (c - 1) // 2
    return total
