def word_break_count(s, words):
    # For each end position, list the pieces ending there first, then sum the ways of those that are words.
    vocab = set(words)
    lengths = sorted({len(w) for w in vocab})
    n = len(s)
    ways = [1] + [0] * n
    for j in range(1, n + 1):
        pieces = [(L, s[j - L:j]) for L in lengths if L <= j]
        ways[j] = sum(ways[j - L] for L, piece in pieces if piece in vocab) % 1000000007
    return ways[n]
