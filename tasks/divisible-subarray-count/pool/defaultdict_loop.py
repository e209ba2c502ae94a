from collections import defaultdict


def count_divisible_subarrays(nums, k):
    freq = defaultdict(int)
    freq[0] = 1
    prefix = 0
    result = 0
    for num in nums:
        prefix = (prefix + num) % k
        result += freq[prefix]
        freq[prefix] += 1
    return result
