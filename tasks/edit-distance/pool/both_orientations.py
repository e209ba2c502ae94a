def _bit_parallel(text, pattern):
    """Distance by the bit-parallel column recurrence, one bit per character of pattern."""
    m = len(pattern)
    if m == 0:
        return len(text)
    peq = {}
    for j, ch in enumerate(pattern):
        peq[ch] = peq.get(ch, 0) | (1 << j)
    mask = (1 << m) - 1
    top = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for ch in text:
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


def edit_distance(a, b):
    # The bit-parallel programme run with the bits over b and again with the bits over a, keeping the smaller
    # answer (both are the distance; the second run is a safety net that costs as much as the first).
    return min(_bit_parallel(a, b), _bit_parallel(b, a))
