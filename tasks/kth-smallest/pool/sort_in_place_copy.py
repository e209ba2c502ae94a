def kth_smallest(nums, k):
    # Copy element by element, then sort the copy in place.
    copy = []
    for x in nums:
        copy.append(x)
    copy.sort()
    return copy[k - 1]
