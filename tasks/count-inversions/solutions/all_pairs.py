def count_inversions(nums):
    total = 0
    n = len(nums)
    for i in range(n):
        x = nums[i]
        for j in range(i + 1, n):
            if nums[j] < x:
                total += 1
    return total
