MOD = 10**9 + 7


def word_break_count(s, words):
    vocab = set(words)
    lengths = sorted({len(w) for w in vocab})
    n = len(s)
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(n):
        w = ways[i]
        if w == 0:
            continue
        for L in lengths:
            if i + L > n:
                break
            if s[i:i + L] in vocab:
                ways[i + L] = (ways[i + L] + w) % MOD
    return ways[n]
