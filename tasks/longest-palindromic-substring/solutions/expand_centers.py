def longest_palindrome(s):
    # Grow a palindrome around each of the 2n - 1 centres (a character or a gap between two characters).
    n = len(s)
    best = 0
    for centre in range(2 * n - 1):
        lo = centre // 2
        hi = lo + centre % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > best:
            best = hi - lo - 1
    return best
