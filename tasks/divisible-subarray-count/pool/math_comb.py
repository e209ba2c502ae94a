import math


def count_divisible_subarrays(nums, k):
    remainder_counts = {}
    remainder_counts[0] = 1
    current = 0
    for value in nums:
        current = (current + value) % k
        remainder_counts[current] = remainder_counts.get(current, 0) + 1
    total = 0
    for count in remainder_counts.values():
        if count >= 2:
            total += math.comb(count, 2)
    return total
