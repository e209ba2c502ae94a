def count_occurrences(text, pattern):
    m = len(pattern)

    def smallest_period(w):
        for shift in range(1, len(w)):
            if w.startswith(w[shift:]):
                return shift
        return len(w)

    def occurs_at(j):
        return text.startswith(pattern, j)

    p = smallest_period(pattern)
    count = 0
    i = text.find(pattern)
    while i != -1:
        count += 1
        if occurs_at(i + p):
            i += p
        else:
            i = text.find(pattern, i + 1)
    return count
