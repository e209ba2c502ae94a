def rank_checksum(nums):
    MOD = 10**9 + 7
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
    total = 0
    for i, x in enumerate(nums, 1):
        total += ranks[x] * i
    return total % MOD
