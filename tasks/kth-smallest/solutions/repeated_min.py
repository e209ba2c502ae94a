def kth_smallest(nums, k):
    # Remove the minimum k - 1 times; the minimum of what is left is the answer.
    rest = list(nums)
    for _ in range(k - 1):
        rest.remove(min(rest))
    return min(rest)
