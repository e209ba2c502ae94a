def range_min(a, queries):
    n = len(a)
    b = max(1, int(n ** 0.5))
    blocks = [min(a[i:i + b]) for i in range(0, n, b)]
    out = []
    for l, r in queries:
        bl, br = l // b, r // b
        if bl == br:
            out.append(min(a[l:r + 1]))
            continue
        best = min(a[l:(bl + 1) * b])
        right = min(a[br * b:r + 1])
        if right < best:
            best = right
        if bl + 1 < br:
            mid = min(blocks[bl + 1:br])
            if mid < best:
                best = mid
        out.append(best)
    return out
