def count_occurrences(text, pattern):
    # Knuth-Morris-Pratt: the failure function of the pattern lets the scan of the text never move backwards.
    m = len(pattern)
    fail = [0] * m
    k = 0
    for i in range(1, m):
        while k and pattern[i] != pattern[k]:
            k = fail[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        fail[i] = k
    count = 0
    k = 0
    for ch in text:
        while k and ch != pattern[k]:
            k = fail[k - 1]
        if ch == pattern[k]:
            k += 1
            if k == m:
                count += 1
                k = fail[k - 1]
    return count
