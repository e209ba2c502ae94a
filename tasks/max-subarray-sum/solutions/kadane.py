def max_subarray_sum(nums):
    # Kadane: the best sum ending here is either this element alone or it extends the best sum ending before.
    best = cur = nums[0]
    for x in nums[1:]:
        if cur > 0:
            cur += x
        else:
            cur = x
        if cur > best:
            best = cur
    return best
