def edit_distance(a, b):
    # Diagonal transition (Ukkonen 1985): for e = 0, 1, 2, ... and each diagonal k = j - i, keep the furthest
    # row i such that cell (i, i + k) of the table is reachable with cost e, then slide along matching
    # characters for free.  Stops at the first e that reaches (len(a), len(b)): O((n + m) * d) time.
    n, m = len(a), len(b)
    off = n + 1
    unreachable = -(n + m + 10)
    far = [unreachable] * (n + m + 3)
    i = 0
    while i < n and i < m and a[i] == b[i]:
        i += 1
    far[off] = i
    target = m - n
    if target == 0 and i == n:
        return 0
    e = 0
    while True:
        e += 1
        new = far[:]
        for k in range(max(-e, -n), min(e, m) + 1):
            i = far[off + k] + 1                      # substitution, along the diagonal
            if far[off + k + 1] + 1 > i:              # deletion of a[i], from diagonal k + 1
                i = far[off + k + 1] + 1
            if far[off + k - 1] > i:                  # insertion of b[j], from diagonal k - 1
                i = far[off + k - 1]
            if i < 0 or i + k < 0:
                continue
            if i > n:
                i = n
            if i + k > m:
                i = m - k
            while i < n and i + k < m and a[i] == b[i + k]:
                i += 1
            new[off + k] = i
            if k == target and i == n:
                return e
        far = new
