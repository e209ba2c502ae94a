def rank_checksum(nums):
    lookup = dict((v, k) for k, v in enumerate(sorted(set(nums)), 1))
    weighted = [lookup[x] * i for i, x in enumerate(nums, 1)]
    return sum(weighted) % (10**9 + 7)
