def rank_checksum(nums):
    n = len(nums)
    pairs = sorted((x, i) for i, x in enumerate(nums))
    ranks = [0] * n
    rank = 0
    prev = None
    for x, i in pairs:
        if prev is None or x != prev:
            rank += 1
            prev = x
        ranks[i] = rank
    return sum(r * (i + 1) for i, r in enumerate(ranks)) % (10**9 + 7)
