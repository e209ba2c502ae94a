def first_repeat(nums, w):
    # Hash each window as a tuple; the first one already in the set is the answer.
    seen = set()
    for j in range(len(nums) - w + 1):
        window = tuple(nums[j:j + w])
        if window in seen:
            return j
        seen.add(window)
    return -1
