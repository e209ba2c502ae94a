def max_subarray_sum(nums):
    i = 1
    n = len(nums)
    cur = best = nums[0]
    while i < n:
        x = nums[i]
        cur = x if cur <= 0 else cur + x
        best = cur if cur > best else best
        i += 1
    return best
