def edit_distance(a, b):
    # Bit-parallel dynamic programme whose match masks are parsed from '0'/'1' strings and whose all-ones mask
    # is rebuilt from a string at every step.
    m = len(b)
    if m == 0:
        return len(a)
    peq = {}
    for ch in set(b):
        peq[ch] = int("".join("1" if c == ch else "0" for c in reversed(b)), 2)
    pv, mv, score = int("1" * m, 2), 0, m
    for ch in a:
        mask = int("1" * m, 2)
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if (ph >> (m - 1)) & 1:
            score += 1
        elif (mh >> (m - 1)) & 1:
            score -= 1
        ph = (ph << 1) | 1
        mh <<= 1
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv & mask
    return score
