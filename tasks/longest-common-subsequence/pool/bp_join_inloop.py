def lcs_length(a, b):
    # Bit-parallel LCS: match masks from a '0'/'1' string joined per symbol; the row update with the mask rebuilt every step and the zero bits counted one by one.
    n = len(a)
    if n == 0 or not b:
        return 0
    ra = a[::-1]
    masks = {}
    for c in set(a):
        masks[c] = int("".join("1" if x == c else "0" for x in ra), 2)
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
