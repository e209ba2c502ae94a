def word_break_count(s, words):
    # Forward DP over every dictionary word, rejecting a word quickly when its first character does not match.
    MOD = 10**9 + 7
    vocab = set(words)
    n = len(s)
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(n):
        if not ways[i]:
            continue
        c = s[i]
        for word in vocab:
            if word[0] == c and s.startswith(word, i):
                j = i + len(word)
                ways[j] = (ways[j] + ways[i]) % MOD
    return ways[n]
