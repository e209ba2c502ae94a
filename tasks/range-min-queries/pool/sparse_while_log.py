def range_min(a, queries):
    table = [a]
    span = 1
    while 2 * span <= len(a):
        prev = table[-1]
        table.append([min(p, q) for p, q in zip(prev, prev[span:])])
        span *= 2
    out = []
    for l, r in queries:
        length = r - l + 1
        k = 0
        while (2 << k) <= length:
            k += 1
        out.append(min(table[k][l], table[k][r - (1 << k) + 1]))
    return out
