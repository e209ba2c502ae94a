from collections import Counter


def rank_checksum(nums):
    counts = Counter(nums)
    rank_of = {}
    for r, v in enumerate(sorted(counts.keys()), start=1):
        rank_of[v] = r
    checksum = 0
    for idx in range(len(nums)):
        checksum += rank_of[nums[idx]] * (idx + 1)
    return checksum % (10**9 + 7)
