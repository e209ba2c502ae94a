def max_subarray_sum(nums):
    best = nums[0]
    cur = 0
    for x in nums:
        cur += x
        if cur > best:
            best = cur
        if cur < 0:
            cur = 0
    return best
