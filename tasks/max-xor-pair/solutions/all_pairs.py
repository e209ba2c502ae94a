def max_xor_pair(nums):
    # Try every pair.
    best = 0
    n = len(nums)
    for i in range(n):
        a = nums[i]
        for j in range(i + 1, n):
            x = a ^ nums[j]
            if x > best:
                best = x
    return best
