def nearest_sum(nums, target, m):
    pairs = [(abs(x - target), x) for x in nums]
    pairs.sort()
    total = 0
    for i in range(m):
        total += pairs[i][1]
    return total
