def longest_palindrome(s):
    # Manacher; every character comparison goes through a small helper that also checks the bounds.
    n = len(s)
    if n == 0:
        return 0
    t = [None] * (2 * n + 1)
    t[1::2] = s
    m = len(t)

    def mirrored(lo, hi):
        return lo >= 0 and hi < m and t[lo] == t[hi]

    radius = [0] * m
    centre = right = 0
    for i in range(m):
        k = min(radius[2 * centre - i], right - i) if i < right else 0
        while mirrored(i - k - 1, i + k + 1):
            k += 1
        radius[i] = k
        if i + k > right:
            centre, right = i, i + k
    return max(radius)
