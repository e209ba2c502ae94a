MOD = 10**9 + 7


def word_break_count(s, words):
    # Forward DP: from every reachable position, try every dictionary word.
    vocab = set(words)
    n = len(s)
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(n):
        w = ways[i]
        if not w:
            continue
        for word in vocab:
            if s.startswith(word, i):
                j = i + len(word)
                ways[j] = (ways[j] + w) % MOD
    return ways[n]
