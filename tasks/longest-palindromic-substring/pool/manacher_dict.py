def longest_palindrome(s):
    if not s:
        return 0
    t = [None] * (2 * len(s) + 1)
    t[1::2] = s
    m = len(t)
    radius = {}
    centre = right = 0
    for i in range(m):
        k = min(radius.get(2 * centre - i, 0), right - i) if i < right else 0
        while i - k - 1 >= 0 and i + k + 1 < m and t[i - k - 1] == t[i + k + 1]:
            k += 1
        radius[i] = k
        if i + k > right:
            centre, right = i, i + k
    return max(radius.values())
