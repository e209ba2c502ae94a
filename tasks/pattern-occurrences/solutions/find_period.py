def count_occurrences(text, pattern):
    # str.find locates each new occurrence in C.  Two occurrences closer than len(pattern) are shifted by a
    # period of the pattern, so after an occurrence at i the next candidate is i + p (p = the smallest period),
    # and it is an occurrence exactly when the p characters after the current one repeat the pattern's tail.
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
    tail = pattern[m - p:]
    count = 0
    i = text.find(pattern)
    while i >= 0:
        count += 1
        end = i + m
        while text[end:end + p] == tail:
            count += 1
            end += p
        i = text.find(pattern, end - m + 1)
    return count
