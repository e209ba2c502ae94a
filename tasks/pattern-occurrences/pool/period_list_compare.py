def count_occurrences(text, pattern):
    # Find-and-period; the next period is compared as lists of characters.
    m = len(pattern)
    p = m
    for shift in range(1, m):
        if pattern[shift:] == pattern[:m - shift]:
            p = shift
            break
    tail = list(pattern[m - p:])
    count = 0
    i = text.find(pattern)
    while i != -1:
        count += 1
        end = i + m
        while list(text[end:end + p]) == tail:
            count += 1
            end += p
        i = text.find(pattern, end - m + 1)
    return count
