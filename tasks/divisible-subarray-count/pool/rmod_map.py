from collections import Counter
from itertools import accumulate


def count_divisible_subarrays(nums, k):
    counts = Counter(map(k.__rmod__, accumulate(nums, initial=0)))
    return sum(c * (c - 1) for c in counts.values()) // 2
