def range_sums(nums, queries):
    # Add up each queried slice from scratch.
    return [sum(nums[l:r + 1]) for l, r in queries]
