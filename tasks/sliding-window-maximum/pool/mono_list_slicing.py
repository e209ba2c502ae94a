def window_maxima(nums, k):
    # Monotonic list of indices; the front is dropped by slicing (a copy of the candidates each time).
    cand = []
    out = []
    for i, x in enumerate(nums):
        while cand and nums[cand[-1]] <= x:
            cand.pop()
        cand.append(i)
        if cand[0] <= i - k:
            cand = cand[1:]
        if i >= k - 1:
            out.append(nums[cand[0]])
    return out
