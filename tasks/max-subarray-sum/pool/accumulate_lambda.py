from itertools import accumulate


def max_subarray_sum(nums):
    ending_here = accumulate(nums, lambda cur, x: cur + x if cur > 0 else x)
    return max(ending_here)
