def range_min(a, queries):
    # Sparse table stored by position: best[i] lists the minima of a[i : i + 2^k] for k = 0, 1, ...
    n = len(a)
    best = [[v] for v in a]
    k = 1
    while (1 << k) <= n:
        half = 1 << (k - 1)
        for i in range(n - (1 << k) + 1):
            x, y = best[i][k - 1], best[i + half][k - 1]
            best[i].append(x if x < y else y)
        k += 1
    out = []
    for l, r in queries:
        k = (r - l + 1).bit_length() - 1
        x, y = best[l][k], best[r - (1 << k) + 1][k]
        out.append(x if x < y else y)
    return out
