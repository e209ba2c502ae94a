def nearest_sum(nums, target, m):
    # The m nearest values form a window a[i:i + m] of the sorted values. Binary search for its start: the window
    # starting at i should move right exactly when a[i + m] is strictly nearer than a[i] (ties keep the smaller
    # a[i]). Sorting plain ints and summing the slice run in C; the search is O(log n) Python steps.
    if m == 0:
        return 0
    a = sorted(nums)
    lo, hi = 0, len(a) - m
    while lo < hi:
        mid = (lo + hi) >> 1
        if target - a[mid] > a[mid + m] - target:
            lo = mid + 1
        else:
            hi = mid
    return sum(a[lo:lo + m])
