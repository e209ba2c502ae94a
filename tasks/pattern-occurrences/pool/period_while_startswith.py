def count_occurrences(text, pattern):
    m = len(pattern)
    # smallest period by brute force over candidate shifts (pattern is short)
    p = m
    for shift in range(1, m):
        if pattern[shift:] == pattern[:m - shift]:
            p = shift
            break
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
