def nearest_sum(nums, target, m):
    # Values below the target, nearest first, and values at or above it, nearest first; merge m of them.
    below = sorted((x for x in nums if x < target), reverse=True)
    above = sorted(x for x in nums if x >= target)
    i = j = 0
    total = 0
    for _ in range(m):
        if j >= len(above) or (i < len(below) and target - below[i] <= above[j] - target):
            total += below[i]
            i += 1
        else:
            total += above[j]
            j += 1
    return total
