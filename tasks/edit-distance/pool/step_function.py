def _step(state, eq, mask, top):
    """One column of the bit-parallel table: new (pv, mv, score) from the old ones and the match mask."""
    pv, mv, score = state
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
    return (mh | ~(xv | ph)) & mask, ph & xv & mask, score


def edit_distance(a, b):
    # Bit-parallel dynamic programme (one integer bit per character of b), one helper call per character of a.
    m = len(b)
    if m == 0:
        return len(a)
    masks = {}
    for j, ch in enumerate(b):
        masks[ch] = masks.get(ch, 0) + (1 << j)
    full = (1 << m) - 1
    top = 1 << (m - 1)
    state = (full, 0, m)
    for ch in a:
        state = _step(state, masks.get(ch, 0), full, top)
    return state[2]
