from bisect import insort


def running_medians(nums):
    # Sorted prefix by insertion; the middle is read through a slice of the sorted list (two values copied).
    prefix = []
    out = []
    for x in nums:
        insort(prefix, x)
        m = len(prefix)
        mid = prefix[(m - 1) // 2:m // 2 + 1]
        out.append(sum(mid) / len(mid))
    return out
