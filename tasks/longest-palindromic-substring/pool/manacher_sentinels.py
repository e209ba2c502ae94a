def longest_palindrome(s):
    # Manacher with distinct sentinels at both ends, so the expansion needs no bounds checks.
    if not s:
        return 0
    start, sep, end = object(), object(), object()
    t = [start, sep]
    for ch in s:
        t.append(ch)
        t.append(sep)
    t.append(end)
    p = [0] * len(t)
    c = r = 0
    for i in range(1, len(t) - 1):
        if i < r:
            k = p[2 * c - i]
            if k > r - i:
                k = r - i
        else:
            k = 0
        while t[i + k + 1] == t[i - k - 1]:
            k += 1
        p[i] = k
        if i + k > r:
            c, r = i, i + k
    return max(p)
