def kth_smallest(nums, k):
    # Bisection on the value range: keep the candidates in [lo, hi] and count, with a list comprehension,
    # how many elements lie at or below the midpoint.
    lo, hi = min(nums), max(nums)
    while lo < hi:
        mid = lo + (hi - lo) // 2
        if len([x for x in nums if x <= mid]) >= k:
            hi = mid
        else:
            lo = mid + 1
    return lo
