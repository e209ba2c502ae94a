def count_occurrences(text, pattern):
    # Find-and-period where the run of shifted occurrences is followed with str.startswith.
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
    while i != -1:
        count += 1
        end = i + m
        while text.startswith(tail, end):
            count += 1
            end += p
        i = text.find(pattern, end - m + 1)
    return count
