from collections import defaultdict


def count_pairs(nums, target):
    seen = defaultdict(int)
    count = 0
    for x in nums:
        count += seen[target - x]
        seen[x] += 1
    return count
