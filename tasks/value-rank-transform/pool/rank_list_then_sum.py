def rank_checksum(nums):
    sorted_unique = sorted(set(nums))
    value_to_rank = {value: rank for rank, value in enumerate(sorted_unique, start=1)}
    ranks = [value_to_rank[x] for x in nums]
    return sum((i + 1) * r for i, r in enumerate(ranks)) % (10**9 + 7)
