def nearest_sum(nums, target, m):
    # Sort by value first, then stably by distance: equal distances keep the smaller value first.
    by_value = sorted(nums)
    by_distance = sorted(by_value, key=lambda x: abs(x - target))
    return sum(by_distance[:m])
