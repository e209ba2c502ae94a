def first_repeat(nums, w):
    # Build every window first, then scan them in order.
    windows = [tuple(nums[j:j + w]) for j in range(len(nums) - w + 1)]
    seen = set()
    for j, win in enumerate(windows):
        if win in seen:
            return j
        seen.add(win)
    return -1
