def range_min(a, queries):
    levels = [list(a)]
    width = 1
    while width * 2 <= len(a):
        last = levels[-1]
        levels.append(list(map(min, last[:-width], last[width:])))
        width *= 2
    answers = []
    for l, r in queries:
        k = (r - l + 1).bit_length() - 1
        answers.append(min(levels[k][l], levels[k][r + 1 - (1 << k)]))
    return answers
