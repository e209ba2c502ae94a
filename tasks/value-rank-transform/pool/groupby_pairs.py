from itertools import groupby


def rank_checksum(nums):
    indexed = sorted(enumerate(nums), key=lambda p: p[1])
    total = 0
    for rank, (_, group) in enumerate(groupby(indexed, key=lambda p: p[1]), 1):
        for i, _ in group:
            total += rank * (i + 1)
    return total % (10**9 + 7)
