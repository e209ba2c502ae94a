def count_pairs(nums, target):
    counts = {}
    get = counts.get
    total = 0
    for x in nums:
        total += get(target - x, 0)
        counts[x] = get(x, 0) + 1
    return total
