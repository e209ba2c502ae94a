def lcs_length(a, b):
    # Bit-parallel LCS: match masks from a '0'/'1' string joined per symbol; the row update on one big integer.
    n = len(a)
    if n == 0 or not b:
        return 0
    ra = a[::-1]
    masks = {}
    for c in set(a):
        masks[c] = int("".join("1" if x == c else "0" for x in ra), 2)
    full = (1 << n) - 1
    v = full
    for ch in b:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return n - bin(v).count("1")
