def range_min(a, queries):
    n = len(a)
    log = [0] * (n + 1)
    for i in range(2, n + 1):
        log[i] = log[i // 2] + 1
    table = [a[:]]
    span = 1
    while 2 * span <= n:
        prev = table[-1]
        row = []
        for i in range(n - 2 * span + 1):
            x = prev[i]
            y = prev[i + span]
            row.append(x if x < y else y)
        table.append(row)
        span *= 2
    out = []
    for l, r in queries:
        k = log[r - l + 1]
        row = table[k]
        x = row[l]
        y = row[r - (1 << k) + 1]
        out.append(x if x < y else y)
    return out
