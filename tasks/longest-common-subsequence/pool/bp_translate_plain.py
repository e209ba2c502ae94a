def lcs_length(a, b):
    # Bit-parallel LCS: match masks from str.translate, one pass per symbol; the row update on one big integer.
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
    full = (1 << n) - 1
    v = full
    for ch in b:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return n - bin(v).count("1")
