from functools import reduce


def max_subarray_sum(nums):
    def step(state, x):
        cur, best = state
        cur = cur + x if cur > 0 else x
        return (cur, cur if cur > best else best)

    return reduce(step, nums[1:], (nums[0], nums[0]))[1]
