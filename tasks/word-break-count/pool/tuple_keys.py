def word_break_count(s, words):
    # Words stored as tuples of characters; every candidate piece is converted the same way.
    vocab = {tuple(w) for w in words}
    lengths = sorted({len(w) for w in vocab})
    chars = list(s)
    n = len(chars)
    ways = [0] * (n + 1)
    ways[0] = 1
    for j in range(1, n + 1):
        total = 0
        for L in lengths:
            if L > j:
                break
            if tuple(chars[j - L:j]) in vocab:
                total += ways[j - L]
        ways[j] = total % (10**9 + 7)
    return ways[n]
