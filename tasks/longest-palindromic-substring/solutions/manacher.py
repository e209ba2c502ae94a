def longest_palindrome(s):
    # Manacher's algorithm on s with a separator (None) between characters and at both ends, so that every
    # palindrome has odd length.  radius[i] is then the length of the longest palindrome of s centred at i.
    n = len(s)
    if n == 0:
        return 0
    t = [None] * (2 * n + 1)
    t[1::2] = s
    m = len(t)
    radius = [0] * m
    centre = right = 0
    best = 0
    for i in range(m):
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
            centre, right = i, i + k
        if k > best:
            best = k
    return best
