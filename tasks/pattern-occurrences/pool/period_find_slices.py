def count_occurrences(text, pattern):
    # Like find-and-period, with the period taken from the prefix function and each shifted occurrence checked
    # by comparing the whole window again.
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
        j = i + p
        while text[j:j + m] == pattern:
            count += 1
            j += p
        i = text.find(pattern, j - p + 1)
    return count
