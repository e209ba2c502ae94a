from itertools import accumulate, groupby


def count_divisible_subarrays(nums, k):
    mods = sorted(p % k for p in accumulate(nums, initial=0))
    total = 0
    for _, group in groupby(mods):
        c = len(list(group))
        total += c * (c - 1) // 2
    return total
