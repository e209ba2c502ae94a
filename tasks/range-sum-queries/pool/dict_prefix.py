def range_sums(nums, queries):
    prefix = {-1: 0}
    total = 0
    for i in range(len(nums)):
        total += nums[i]
        prefix[i] = total
    return [prefix[r] - prefix[l - 1] for l, r in queries]
