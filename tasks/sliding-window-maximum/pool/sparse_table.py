def window_maxima(nums, k):
    n = len(nums)
    if k > n:
        return []
    level = list(nums)
    span = 1
    while 2 * span <= k:
        level = [a if a > b else b for a, b in zip(level, level[span:])]
        span *= 2
    return [max(level[i], level[i + k - span]) for i in range(n - k + 1)]
