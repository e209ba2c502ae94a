from operator import mul

MOD = 10**9 + 7


def rank_checksum(nums):
    # Distinct values sorted, a dict from value to rank built by zip in C; ranks looked up by map and weighted by
    # their 1-based positions with map(mul), summed in C.
    order = sorted(set(nums))
    rank = dict(zip(order, range(1, len(order) + 1)))
    return sum(map(mul, map(rank.__getitem__, nums), range(1, len(nums) + 1))) % MOD
