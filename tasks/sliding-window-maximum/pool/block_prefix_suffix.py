def window_maxima(nums, k):
    # Cut the list into blocks of k; a window covers the end of one block and the start of the next, so its
    # maximum is max(suffix max in the first block, prefix max in the second).
    n = len(nums)
    if k > n:
        return []
    left = [0] * n
    right = [0] * n
    for i in range(n):
        if i % k == 0:
            left[i] = nums[i]
        else:
            left[i] = max(left[i - 1], nums[i])
    for i in range(n - 1, -1, -1):
        if i == n - 1 or (i + 1) % k == 0:
            right[i] = nums[i]
        else:
            right[i] = max(right[i + 1], nums[i])
    return [max(right[i], left[i + k - 1]) for i in range(n - k + 1)]
