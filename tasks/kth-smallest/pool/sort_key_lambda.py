def kth_smallest(nums, k):
    # Sort a copy with an explicit key function, then index.
    ordered = sorted(nums, key=lambda x: x)
    return ordered[k - 1]
