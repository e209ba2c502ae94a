def longest_palindrome(s):
    n = len(s)
    if n == 0:
        return 0
    t = [None] * (2 * n + 1)
    t[1::2] = s
    m = 2 * n + 1
    radius = [0] * m
    centre = right = best = 0
    i = 0
    while i < m:
        k = 0
        if i < right:
            k = radius[2 * centre - i]
            if k > right - i:
                k = right - i
        lo = i - k - 1
        hi = i + k + 1
        while lo >= 0 and hi < m and t[lo] == t[hi]:
            lo -= 1
            hi += 1
        k = hi - i - 1
        radius[i] = k
        if i + k > right:
            centre = i
            right = i + k
        if k > best:
            best = k
        i += 1
    return best
