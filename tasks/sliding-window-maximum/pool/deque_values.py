from collections import deque


def window_maxima(nums, k):
    # Keep values (not indices), decreasing; the value leaving the window is dropped if it is still the front.
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and window[-1] < x:
            window.pop()
        window.append(x)
        if i >= k:
            if window[0] == nums[i - k]:
                window.popleft()
        if i >= k - 1:
            out.append(window[0])
    return out
