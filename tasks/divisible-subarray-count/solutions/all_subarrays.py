def count_divisible_subarrays(nums, k):
    # Every start index, running sum to every end index.
    count = 0
    n = len(nums)
    for i in range(n):
        s = 0
        for j in range(i, n):
            s += nums[j]
            if s % k == 0:
                count += 1
    return count
