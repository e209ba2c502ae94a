def word_break_count(s, words):
    vocab = set(words)
    longest = max((len(w) for w in words), default=0)
    n = len(s)
    ways = [1] + [0] * n
    for j in range(1, n + 1):
        total = 0
        for L in range(1, longest + 1):
            if L <= j and s[j - L:j] in vocab:
                total = (total + ways[j - L]) % 1000000007
        ways[j] = total
    return ways[n]
