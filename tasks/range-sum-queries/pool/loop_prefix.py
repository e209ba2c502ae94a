def range_sums(nums, queries):
    prefix = [0] * (len(nums) + 1)
    running = 0
    for i, x in enumerate(nums):
        running += x
        prefix[i + 1] = running
    return [prefix[r + 1] - prefix[l] for l, r in queries]
