def count_pairs(nums, target):
    seen = {}
    count = 0
    for i in range(len(nums)):
        x = nums[i]
        try:
            count += seen[target - x]
        except KeyError:
            pass
        try:
            seen[x] = seen[x] + 1
        except KeyError:
            seen[x] = 1
    return count
