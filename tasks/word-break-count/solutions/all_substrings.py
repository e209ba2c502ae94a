MOD = 10**9 + 7


def word_break_count(s, words):
    # ways[j] = number of segmentations of s[:j]; try every earlier cut i.
    vocab = set(words)
    n = len(s)
    ways = [0] * (n + 1)
    ways[0] = 1
    for j in range(1, n + 1):
        total = 0
        for i in range(j):
            if ways[i] and s[i:j] in vocab:
                total += ways[i]
        ways[j] = total % MOD
    return ways[n]
