def edit_distance(a, b):
    # Bit-parallel dynamic programme that keeps every intermediate value inside m bits by masking after each
    # operation (complements taken as mask ^ x).
    m = len(b)
    if m == 0:
        return len(a)
    mask = (1 << m) - 1
    peq = {}
    for j, ch in enumerate(b):
        peq[ch] = (peq.get(ch, 0) | (1 << j)) & mask
    top = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for ch in a:
        eq = peq.get(ch, 0) & mask
        xv = (eq | mv) & mask
        xh = (((((eq & pv) & mask) + pv) & mask) ^ pv) & mask
        xh = (xh | eq) & mask
        ph = (mv | ((mask ^ (xh | pv)) & mask)) & mask
        mh = (pv & xh) & mask
        if ph & top:
            score += 1
        if mh & top:
            score -= 1
        ph = ((ph << 1) | 1) & mask
        mh = (mh << 1) & mask
        pv = (mh | (mask ^ ((xv | ph) & mask))) & mask
        mv = (ph & xv) & mask
    return score
