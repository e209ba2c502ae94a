def nearest_sum(nums, target, m):
    # One sort keyed by the (distance, value) tuple of each element.
    ordered = sorted(nums, key=lambda x: (abs(x - target), x))
    return sum(ordered[:m])
