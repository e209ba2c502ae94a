def first_repeat(nums, w):
    first_seen = {}
    for j in range(len(nums) - w + 1):
        key = tuple(nums[j:j + w])
        if key in first_seen:
            return j
        first_seen[key] = j
    return -1
