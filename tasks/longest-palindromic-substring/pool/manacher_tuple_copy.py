def longest_palindrome(s):
    chars = tuple(s)
    t = [None]
    for ch in chars:
        t += [ch, None]
    m = len(t)
    radius = [0] * m
    centre = right = 0
    for i in range(m):
        k = 0
        if i < right:
            k = min(radius[2 * centre - i], right - i)
        while True:
            lo, hi = i - k - 1, i + k + 1
            if lo < 0 or hi >= m or t[lo] != t[hi]:
                break
            k += 1
        radius[i] = k
        if i + k > right:
            centre, right = i, i + k
    return max(radius) if s else 0
