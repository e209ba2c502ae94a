from collections import Counter
from itertools import accumulate, repeat
from operator import mod


def count_divisible_subarrays(nums, k):
    # Prefix sums (with the empty prefix) reduced mod k, all in C (accumulate, map over operator.mod, Counter):
    # every pair of equal remainders bounds one subarray whose sum is divisible by k.
    counts = Counter(map(mod, accumulate(nums, initial=0), repeat(k)))
    return sum(c * (c - 1) for c in counts.values()) // 2
