def word_break_count(s, words):
    vocab = set(words)
    lengths = {len(w) for w in vocab}
    ways = {0: 1}
    for j in range(1, len(s) + 1):
        total = 0
        for L in lengths:
            if j - L in ways and s[j - L:j] in vocab:
                total += ways[j - L]
        if total:
            ways[j] = total % (10**9 + 7)
    return ways.get(len(s), 0)
