def max_subarray_sum(nums):
    # Kadane that also keeps where the best run starts and ends (not needed for the answer).
    best = nums[0]
    best_lo = best_hi = 0
    cur = 0
    lo = 0
    for i, x in enumerate(nums):
        if cur <= 0:
            cur = x
            lo = i
        else:
            cur += x
        if cur > best:
            best = cur
            best_lo, best_hi = lo, i
    return best
