def word_break_count(s, words):
    # Exact counts (big integers), reduced only once at the end.
    vocab = set(words)
    lengths = sorted({len(w) for w in vocab})
    n = len(s)
    ways = [0] * (n + 1)
    ways[0] = 1
    for j in range(1, n + 1):
        for L in lengths:
            if L > j:
                break
            if s[j - L:j] in vocab:
                ways[j] += ways[j - L]
    return ways[n] % (10**9 + 7)
