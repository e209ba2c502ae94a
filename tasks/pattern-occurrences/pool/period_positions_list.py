def count_occurrences(text, pattern):
    # Find-and-period that collects the positions of all occurrences and counts them at the end.
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
    positions = []
    i = text.find(pattern)
    while i >= 0:
        positions.append(i)
        end = i + m
        while text[end:end + p] == tail:
            positions.append(end - m + p)
            end += p
        i = text.find(pattern, end - m + 1)
    return len(positions)
