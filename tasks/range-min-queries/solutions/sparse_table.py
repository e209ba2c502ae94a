def range_min(a, queries):
    # Sparse table: table[k][i] = min of a[i : i + 2^k]; a range is covered by two overlapping power-of-two blocks.
    table = [a]
    span = 1
    n = len(a)
    while 2 * span <= n:
        prev = table[-1]
        table.append([x if x < y else y for x, y in zip(prev, prev[span:])])
        span *= 2
    out = []
    append = out.append
    for l, r in queries:
        k = (r - l + 1).bit_length() - 1
        row = table[k]
        x, y = row[l], row[r - (1 << k) + 1]
        append(x if x < y else y)
    return out
