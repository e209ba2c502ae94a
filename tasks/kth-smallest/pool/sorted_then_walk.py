def kth_smallest(nums, k):
    # Sort a copy, then walk to position k counting one by one.
    count = 0
    for x in sorted(nums):
        count += 1
        if count == k:
            return x
