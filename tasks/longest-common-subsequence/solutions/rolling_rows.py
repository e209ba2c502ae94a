def lcs_length(a, b):
    # Classic DP, keeping only the previous row: row[j] = LCS of the prefix of a so far and b[:j].
    m = len(b)
    prev = [0] * (m + 1)
    for ch in a:
        cur = [0] * (m + 1)
        for j in range(m):
            if b[j] == ch:
                cur[j + 1] = prev[j] + 1
            else:
                x, y = prev[j + 1], cur[j]
                cur[j + 1] = x if x > y else y
        prev = cur
    return prev[m]
