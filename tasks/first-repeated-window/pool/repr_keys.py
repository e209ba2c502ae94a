def first_repeat(nums, w):
    seen = set()
    for j in range(len(nums) - w + 1):
        key = repr(nums[j:j + w])
        if key in seen:
            return j
        seen.add(key)
    return -1
