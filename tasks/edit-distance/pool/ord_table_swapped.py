def edit_distance(a, b):
    # Myers/Hyyro bit-parallel distance with the bits over a (one per character of a) and one step per character
    # of b; the match masks live in a dict filled through setdefault, and xh is masked as well.
    if not a:
        return len(b)
    peq = {}
    bit = 1
    for ch in a:
        peq[ch] = peq.setdefault(ch, 0) | bit
        bit <<= 1
    m = len(a)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv = mask, 0
    dist = m
    for ch in b:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) ^ pv) | eq) & mask
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            dist += 1
        elif mh & high:
            dist -= 1
        ph = (ph << 1) | 1
        mh = mh << 1
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv & mask
    return dist
