def window_maxima(nums, k):
    n = len(nums)
    if k > n:
        return []
    pre = list(nums)
    suf = list(nums)
    for i in range(1, n):
        if i % k and pre[i - 1] > pre[i]:
            pre[i] = pre[i - 1]
    for i in range(n - 2, -1, -1):
        if (i + 1) % k and suf[i + 1] > suf[i]:
            suf[i] = suf[i + 1]
    out = []
    for i in range(n - k + 1):
        a, b = suf[i], pre[i + k - 1]
        out.append(a if a > b else b)
    return out
