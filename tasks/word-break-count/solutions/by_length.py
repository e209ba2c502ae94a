MOD = 10**9 + 7


def word_break_count(s, words):
    # Backward DP over the distinct word lengths only: ways[j] sums ways[j - L] when s[j-L:j] is a word.
    vocab = set(words)
    lengths = sorted({len(w) for w in vocab})
    n = len(s)
    ways = [0] * (n + 1)
    ways[0] = 1
    for j in range(1, n + 1):
        total = 0
        for L in lengths:
            if L > j:
                break
            if s[j - L:j] in vocab:
                total += ways[j - L]
        ways[j] = total % MOD
    return ways[n]
