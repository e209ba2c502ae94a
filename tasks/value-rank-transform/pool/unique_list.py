def rank_checksum(nums):
    # Distinct values collected in a list (membership tested by scanning it).
    unique = []
    for x in nums:
        if x not in unique:
            unique.append(x)
    unique.sort()
    rank = {v: i + 1 for i, v in enumerate(unique)}
    return sum(rank[x] * (i + 1) for i, x in enumerate(nums)) % (10**9 + 7)
