def first_repeat(nums, w):
    seen = set()
    for j in range(len(nums) - w + 1):
        before = len(seen)
        seen.add(tuple(nums[j:j + w]))
        if len(seen) == before:
            return j
    return -1
