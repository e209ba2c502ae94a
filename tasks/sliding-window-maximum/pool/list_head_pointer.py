def window_maxima(nums, k):
    # A list used as a deque: `head` marks the front, popped-back entries are overwritten.
    idx = [0] * len(nums)
    head = 0
    tail = 0
    out = []
    for i in range(len(nums)):
        x = nums[i]
        while tail > head and nums[idx[tail - 1]] <= x:
            tail -= 1
        idx[tail] = i
        tail += 1
        if idx[head] <= i - k:
            head += 1
        if i >= k - 1:
            out.append(nums[idx[head]])
    return out
