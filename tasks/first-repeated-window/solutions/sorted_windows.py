def first_repeat(nums, w):
    # Sort the window starts by window content (ties by start); equal windows become neighbours, and in each run
    # of equal windows the second start is that content's first repeat.
    n = len(nums)
    starts = sorted(range(n - w + 1), key=lambda j: (tuple(nums[j:j + w]), j))
    best = -1
    for a, b in zip(starts, starts[1:]):
        if nums[a:a + w] == nums[b:b + w] and (best == -1 or b < best):
            if a < b:
                best = b
    return best
