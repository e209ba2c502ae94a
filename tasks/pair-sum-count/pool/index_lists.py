def count_pairs(nums, target):
    positions = {}
    for i, x in enumerate(nums):
        positions.setdefault(x, []).append(i)
    count = 0
    for i, x in enumerate(nums):
        idx = positions.get(target - x)
        if idx:
            for j in idx:
                if j > i:
                    count += 1
    return count
