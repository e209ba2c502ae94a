def count_occurrences(text, pattern):
    # Find-and-period, checking the next period's characters one by one.
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
    n = len(text)
    count = 0
    i = text.find(pattern)
    while i >= 0:
        count += 1
        end = i + m
        while end + p <= n:
            ok = True
            for d in range(p):
                if text[end + d] != pattern[m - p + d]:
                    ok = False
                    break
            if not ok:
                break
            count += 1
            end += p
        i = text.find(pattern, end - m + 1)
    return count
