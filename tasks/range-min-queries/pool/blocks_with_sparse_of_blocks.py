def range_min(a, queries):
    # Blocks of 32: minima of block prefixes and suffixes, a sparse table over block minima, and a scan for
    # queries inside one block.
    n = len(a)
    B = 32
    nb = (n + B - 1) // B
    pre = a[:]
    suf = a[:]
    for s in range(0, n, B):
        e = min(n, s + B)
        for i in range(s + 1, e):
            if pre[i - 1] < pre[i]:
                pre[i] = pre[i - 1]
        for i in range(e - 2, s - 1, -1):
            if suf[i + 1] < suf[i]:
                suf[i] = suf[i + 1]
    table = [[min(a[i * B:(i + 1) * B]) for i in range(nb)]]
    span = 1
    while 2 * span <= nb:
        prev = table[-1]
        table.append([x if x < y else y for x, y in zip(prev, prev[span:])])
        span *= 2
    out = []
    for l, r in queries:
        bl, br = l // B, r // B
        if bl == br:
            out.append(min(a[l:r + 1]))
            continue
        best = suf[l] if suf[l] < pre[r] else pre[r]
        if bl + 1 < br:
            k = (br - bl - 1).bit_length() - 1
            row = table[k]
            x, y = row[bl + 1], row[br - (1 << k)]
            m = x if x < y else y
            if m < best:
                best = m
        out.append(best)
    return out
