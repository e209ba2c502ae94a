import bisect


def nearest_sum(nums, target, m):
    if m == 0:
        return 0
    arr = list(nums)
    arr.sort()
    n = len(arr)
    p = bisect.bisect_left(arr, target)
    lo = max(0, p - m)
    hi = min(p, n - m)
    while lo < hi:
        mid = (lo + hi) // 2
        if target - arr[mid] > arr[mid + m] - target:
            lo = mid + 1
        else:
            hi = mid
    window = arr[lo:lo + m]
    return sum(window)
