def edit_distance(a, b):
    # Bit-parallel programme that reads the bottom cell of each finished column from its vertical differences:
    # column index + popcount(+1 bits) - popcount(-1 bits), with int.bit_count.
    m = len(b)
    if m == 0:
        return len(a)
    peq = dict.fromkeys(b, 0)
    for j, ch in enumerate(b):
        peq[ch] |= 1 << j
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
        score = i + pv.bit_count() - mv.bit_count()
    return score
