def longest_palindrome(s):
    # Check every substring by comparing it with its reverse.
    best = 0
    n = len(s)
    for i in range(n):
        for j in range(i + 1, n + 1):
            sub = s[i:j]
            if sub == sub[::-1] and j - i > best:
                best = j - i
    return best
