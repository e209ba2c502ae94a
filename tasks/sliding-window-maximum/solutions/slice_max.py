def window_maxima(nums, k):
    # Take the maximum of every window from scratch.
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
