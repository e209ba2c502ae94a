def longest_palindrome(s):
    # Manacher on the string with a separator character that does not occur in s.
    if not s:
        return 0
    sep = "\x00"
    code = 1
    while sep in s:
        sep = chr(code)
        code += 1
    t = sep + sep.join(s) + sep
    m = len(t)
    p = [0] * m
    c = r = 0
    best = 0
    for i in range(m):
        k = 0
        if i < r:
            k = min(p[2 * c - i], r - i)
        while i - k > 0 and i + k < m - 1 and t[i - k - 1] == t[i + k + 1]:
            k += 1
        p[i] = k
        if i + k > r:
            c, r = i, i + k
        best = max(best, k)
    return best
