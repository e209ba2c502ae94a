from collections import Counter


def count_divisible_subarrays(nums, k):
    # Build the prefix sums explicitly, then count the remainders.
    prefix = [0] * (len(nums) + 1)
    for i in range(len(nums)):
        prefix[i + 1] = prefix[i] + nums[i]
    remainders = Counter(p % k for p in prefix)
    return sum(v * (v - 1) // 2 for v in remainders.values())
