def lcs_length(a, b):
    # Bit-parallel LCS: match masks from str.translate, one pass per symbol; the row update with the mask rebuilt every step and the zero bits counted one by one.
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
    v = (1 << n) - 1
    for j in range(len(b)):
        m = masks[b[j]] if b[j] in masks else 0
        u = v & m
        v = ((v + u) | (v - u)) & ((1 << n) - 1)
    zeros = 0
    for i in range(n):
        if not (v >> i) & 1:
            zeros += 1
    return zeros
