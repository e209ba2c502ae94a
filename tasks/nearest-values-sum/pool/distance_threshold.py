from bisect import bisect_left, bisect_right


def nearest_sum(nums, target, m):
    # Binary search the smallest distance d with at least m values within d of the target; take every value
    # nearer than d, then the missing ones at distance exactly d, smaller side first.
    if m == 0:
        return 0
    arr = sorted(nums)

    def within(d):
        return bisect_right(arr, target + d) - bisect_left(arr, target - d)

    lo, hi = 0, max(abs(arr[0] - target), abs(arr[-1] - target))
    while lo < hi:
        mid = (lo + hi) // 2
        if within(mid) >= m:
            hi = mid
        else:
            lo = mid + 1
    d = lo
    if d == 0:
        return target * m
    a = bisect_right(arr, target - d)
    b = bisect_left(arr, target + d)
    total = sum(arr[a:b])
    need = m - (b - a)
    low_count = a - bisect_left(arr, target - d)
    take_low = min(need, low_count)
    total += take_low * (target - d)
    total += (need - take_low) * (target + d)
    return total
