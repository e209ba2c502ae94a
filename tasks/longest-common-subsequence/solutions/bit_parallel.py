def lcs_length(a, b):
    # Bit-parallel LCS (Allison-Dix / Hyyro): one big-int bit per position of a; each character of b updates the
    # whole row with a few word-parallel operations. The answer is the number of zero bits of V.
    n = len(a)
    if n == 0 or not b:
        return 0
    mask = (1 << n) - 1
    ra = a[::-1]
    symbols = set(a)
    zeros = {ord(c): "0" for c in symbols}
    match = {}
    for c in symbols:
        zeros[ord(c)] = "1"
        match[c] = int(ra.translate(zeros), 2)
        zeros[ord(c)] = "0"
    v = mask
    get = match.get
    for ch in b:
        u = v & get(ch, 0)
        v = ((v + u) | (v - u)) & mask
    return n - v.bit_count()
