def word_break_count(s, words):
    by_len = {}
    for w in words:
        by_len.setdefault(len(w), set()).add(w)
    n = len(s)
    ways = [0] * (n + 1)
    ways[0] = 1
    for j in range(1, n + 1):
        total = 0
        for L, group in by_len.items():
            if L <= j and s[j - L:j] in group:
                total += ways[j - L]
        ways[j] = total % 1000000007
    return ways[n]
