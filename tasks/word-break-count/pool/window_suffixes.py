def word_break_count(s, words):
    # Copy the window of the last `longest` characters at every position and test its suffixes.
    vocab = set(words)
    longest = max(map(len, words), default=0)
    n = len(s)
    ways = [1] + [0] * n
    for j in range(1, n + 1):
        window = s[max(0, j - longest):j]
        total = 0
        for k in range(len(window)):
            if window[k:] in vocab:
                total += ways[j - len(window) + k]
        ways[j] = total % 1000000007
    return ways[n]
