MOD = 10**9 + 7


def rank_checksum(nums):
    # The distinct values in order; each element's rank is its position there, found by list.index (a scan in C).
    order = sorted(set(nums))
    total = 0
    for i, x in enumerate(nums):
        total += (order.index(x) + 1) * (i + 1)
    return total % MOD
