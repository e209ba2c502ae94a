from collections import defaultdict


def rank_checksum(nums):
    positions = defaultdict(list)
    for i, x in enumerate(nums):
        positions[x].append(i + 1)
    total = 0
    for rank, value in enumerate(sorted(positions), 1):
        total += rank * sum(positions[value])
    return total % (10**9 + 7)
