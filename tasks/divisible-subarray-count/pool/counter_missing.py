from collections import Counter


def count_divisible_subarrays(nums, k):
    seen = Counter()
    seen[0] = 1
    running = 0
    result = 0
    for num in nums:
        running += num
        key = running % k
        if seen[key] > 0:
            result += seen[key]
        seen[key] += 1
    return result
