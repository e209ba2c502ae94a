def lcs_length(a, b):
    # Bit-parallel LCS: match masks from str.translate, one pass per symbol; the row kept in 128-bit words with the carry passed by hand.
    n = len(a)
    if n == 0 or not b:
        return 0
    ra = a[::-1]
    zeros = {ord(c): "0" for c in set(a)}
    masks = {}
    for c in set(a):
        zeros[ord(c)] = "1"
        masks[c] = int(ra.translate(zeros), 2)
        zeros[ord(c)] = "0"
    W = 128
    WM = (1 << W) - 1
    words = (n + W - 1) // W
    top = (1 << (n - (words - 1) * W)) - 1
    rows = {c: [(m >> (k * W)) & WM for k in range(words)] for c, m in masks.items()}
    zero_row = [0] * words
    v = [WM] * words
    v[-1] = top
    for ch in b:
        m = rows.get(ch, zero_row)
        carry = 0
        for k in range(words):
            vk = v[k]
            uk = vk & m[k]
            t = vk + uk + carry
            carry = t >> W
            v[k] = (t & WM) | (vk - uk)
        v[-1] &= top
    return n - sum(bin(x).count("1") for x in v)
