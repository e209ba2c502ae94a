def max_subarray_sum(nums):
    best = nums[0]
    prefix = 0
    lowest = 0
    for x in nums:
        prefix += x
        if prefix - lowest > best:
            best = prefix - lowest
        if prefix < lowest:
            lowest = prefix
    return best
