def max_subarray_sum(nums):
    # Drop a negative running sum before adding the next value.
    best = nums[0]
    running = 0
    for value in nums:
        if running < 0:
            running = 0
        running += value
        if running > best:
            best = running
    return best
