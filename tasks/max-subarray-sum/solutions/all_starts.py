def max_subarray_sum(nums):
    # Try every start index and extend to the right, keeping the running sum.
    best = nums[0]
    n = len(nums)
    for i in range(n):
        s = 0
        for j in range(i, n):
            s += nums[j]
            if s > best:
                best = s
    return best
