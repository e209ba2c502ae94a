def kth_smallest(nums, k):
    # Binary search on the value: the answer is the least v with at least k elements <= v.
    lo, hi = min(nums), max(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(1 for x in nums if x <= mid) >= k:
            hi = mid
        else:
            lo = mid + 1
    return lo
