MOD = 10**9 + 7


def rank_checksum(nums):
    # The rank of x is 1 + the number of distinct values below it: one scan of the distinct values per element.
    distinct = set(nums)
    total = 0
    for i, x in enumerate(nums):
        rank = 1
        for v in distinct:
            if v < x:
                rank += 1
        total += rank * (i + 1)
    return total % MOD
