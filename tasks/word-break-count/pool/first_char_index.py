def word_break_count(s, words):
    # Words indexed by their first character; from each reachable position try the words that can start there.
    MOD = 10**9 + 7
    starting = {}
    for w in set(words):
        starting.setdefault(w[0], []).append(w)
    n = len(s)
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(n):
        if ways[i]:
            for w in starting.get(s[i], ()):
                if s.startswith(w, i):
                    ways[i + len(w)] = (ways[i + len(w)] + ways[i]) % MOD
    return ways[n]
