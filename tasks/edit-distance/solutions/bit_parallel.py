def edit_distance(a, b):
    # Bit-parallel dynamic programme (Myers 1999, Hyyro's formulation for the global distance).  One column of
    # the table (one character of a) is processed per step; the vertical differences +1 / -1 of the whole
    # column are kept as the bits of two integers pv and mv, one bit per character of b.
    m = len(b)
    if m == 0:
        return len(a)
    peq = {}
    for idx, ch in enumerate(b):
        peq[ch] = peq.get(ch, 0) | (1 << idx)
    mask = (1 << m) - 1
    top = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for ch in a:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = (ph << 1) | 1
        mh <<= 1
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv & mask
    return score
