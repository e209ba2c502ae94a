def gcd_pair_sum(nums):
    n = len(nums)
    if n < 2:
        return 0
    m = max(nums)
    freq = [0] * (m + 1)
    for x in nums:
        freq[x] += 1
    cnt = [0] * (m + 1)
    d = 1
    while d <= m:
        k = d
        while k <= m:
            cnt[d] += freq[k]
            k += d
        d += 1
    exact = [0] * (m + 1)
    d = m
    while d >= 1:
        exact[d] = cnt[d] * (cnt[d] - 1) // 2
        k = 2 * d
        while k <= m:
            exact[d] -= exact[k]
            k += d
        d -= 1
    result = 0
    for d in range(1, m + 1):
        result += d * exact[d]
    return result
