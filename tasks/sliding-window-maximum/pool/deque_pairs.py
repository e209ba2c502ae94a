from collections import deque


def window_maxima(nums, k):
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and window[-1][0] <= x:
            window.pop()
        window.append((x, i))
        if window[0][1] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(window[0][0])
    return out
