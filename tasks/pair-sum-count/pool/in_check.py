def count_pairs(nums, target):
    seen = {}
    count = 0
    for x in nums:
        need = target - x
        if need in seen:
            count += seen[need]
        if x in seen:
            seen[x] += 1
        else:
            seen[x] = 1
    return count
