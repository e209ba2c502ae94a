def rank_checksum(nums):
    ranks = {}
    for v in set(nums):
        ranks[v] = len([u for u in set(nums) if u < v]) + 1
    return sum(ranks[x] * (i + 1) for i, x in enumerate(nums)) % (10**9 + 7)
