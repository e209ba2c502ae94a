def longest_palindrome(s):
    # Manacher that also remembers where the best palindrome starts (not needed for its length).
    n = len(s)
    if n == 0:
        return 0
    t = [None] * (2 * n + 1)
    for i, ch in enumerate(s):
        t[2 * i + 1] = ch
    m = len(t)
    rad = [0] * m
    c = r = 0
    best = best_start = 0
    for i in range(m):
        k = 0
        if i < r:
            mirror = 2 * c - i
            k = rad[mirror] if rad[mirror] < r - i else r - i
        while i - k - 1 >= 0 and i + k + 1 < m and t[i - k - 1] == t[i + k + 1]:
            k += 1
        rad[i] = k
        if i + k > r:
            c, r = i, i + k
        if k > best:
            best = k
            best_start = (i - k) // 2
    return best
