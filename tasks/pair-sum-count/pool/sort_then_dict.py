def count_pairs(nums, target):
    ordered = sorted(nums)
    seen = {}
    count = 0
    for x in ordered:
        count += seen.get(target - x, 0)
        seen[x] = seen.get(x, 0) + 1
    return count
