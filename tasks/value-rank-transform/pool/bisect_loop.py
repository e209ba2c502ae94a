from bisect import bisect_left


def rank_checksum(nums):
    uniq = sorted(set(nums))
    total = 0
    for i, x in enumerate(nums):
        total += (bisect_left(uniq, x) + 1) * (i + 1)
    return total % (10**9 + 7)
