def edit_distance(a, b):
    # Bit-parallel dynamic programme; after each column its bottom value is recomputed from the column's
    # vertical differences: column index + (number of +1 bits) - (number of -1 bits), counted in binary strings.
    m = len(b)
    if m == 0:
        return len(a)
    peq = {}
    for j, ch in enumerate(b):
        peq[ch] = peq.get(ch, 0) | (1 << j)
    mask = (1 << m) - 1
    pv, mv = mask, 0
    score = m
    for i, ch in enumerate(a, 1):
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        ph = (ph << 1) | 1
        mh <<= 1
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv & mask
        score = i + bin(pv).count("1") - bin(mv).count("1")
    return score
