def word_break_count(s, words):
    # Looks pieces up in per-length sorted lists with bisect.
    from bisect import bisect_left
    groups = {}
    for w in set(words):
        groups.setdefault(len(w), []).append(w)
    for g in groups.values():
        g.sort()
    n = len(s)
    ways = [0] * (n + 1)
    ways[0] = 1
    for j in range(1, n + 1):
        total = 0
        for L, g in groups.items():
            if L <= j:
                piece = s[j - L:j]
                k = bisect_left(g, piece)
                if k < len(g) and g[k] == piece:
                    total += ways[j - L]
        ways[j] = total % (10**9 + 7)
    return ways[n]
