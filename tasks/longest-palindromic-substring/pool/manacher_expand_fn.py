def longest_palindrome(s):
    n = len(s)
    if n == 0:
        return 0
    t = [None] * (2 * n + 1)
    t[1::2] = s
    m = len(t)

    def expand(i, k):
        lo, hi = i - k - 1, i + k + 1
        while lo >= 0 and hi < m and t[lo] == t[hi]:
            lo -= 1
            hi += 1
        return hi - i - 1

    radius = [0] * m
    centre = right = best = 0
    for i in range(m):
        k = 0
        if i < right:
            k = radius[2 * centre - i]
            if k > right - i:
                k = right - i
        k = expand(i, k)
        radius[i] = k
        if i + k > right:
            centre, right = i, i + k
        if k > best:
            best = k
    return best
