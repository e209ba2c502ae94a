def max_subarray_sum(nums):
    # Kadane over chunks of 256 values, each chunk copied out first.
    best = nums[0]
    cur = 0
    for start in range(0, len(nums), 256):
        chunk = list(nums[start:start + 256])
        for x in chunk:
            cur = cur + x if cur > 0 else x
            if cur > best:
                best = cur
    return best
