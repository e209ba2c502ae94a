def edit_distance(a, b):
    # Diagonal transition: for each cost e, the furthest row reached on every diagonal k = j - i, extended along
    # equal characters.  Two arrays are swapped instead of copying one per round.
    n, m = len(a), len(b)
    if n == 0 or m == 0:
        return n + m
    off = n + 1
    low = -(n + m + 10)
    cur = [low] * (n + m + 3)
    nxt = [low] * (n + m + 3)
    i = 0
    while i < n and i < m and a[i] == b[i]:
        i += 1
    if i == n and n == m:
        return 0
    cur[off] = i
    target = m - n
    e = 0
    while True:
        e += 1
        for k in range(max(-e, -n), min(e, m) + 1):
            best = cur[off + k] + 1
            if cur[off + k + 1] + 1 > best:
                best = cur[off + k + 1] + 1
            if cur[off + k - 1] > best:
                best = cur[off + k - 1]
            if best > n:
                best = n
            if best + k > m:
                best = m - k
            if best < 0 or best + k < 0:
                nxt[off + k] = low
                continue
            while best < n and best + k < m and a[best] == b[best + k]:
                best += 1
            nxt[off + k] = best
            if k == target and best == n:
                return e
        cur, nxt = nxt, cur
