def count_occurrences(text, pattern):
    # After an occurrence at i the next candidate is i + p; it is checked against the whole pattern.
    m = len(pattern)
    fail = [0] * m
    k = 0
    for i in range(1, m):
        while k and pattern[i] != pattern[k]:
            k = fail[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        fail[i] = k
    p = m - fail[-1]
    count = 0
    i = text.find(pattern)
    while i >= 0:
        count += 1
        if text.startswith(pattern, i + p):
            i += p
        else:
            i = text.find(pattern, i + p + 1) if p < m else text.find(pattern, i + 1)
    return count
