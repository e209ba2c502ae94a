from itertools import accumulate


def nearest_sum(nums, target, m):
    if m == 0:
        return 0
    arr = sorted(nums)
    prefix = list(accumulate(arr, initial=0))
    lo, hi = 0, len(arr) - m
    while lo < hi:
        mid = (lo + hi) // 2
        if target - arr[mid] > arr[mid + m] - target:
            lo = mid + 1
        else:
            hi = mid
    return prefix[lo + m] - prefix[lo]
