def edit_distance(a, b):
    # Bit-parallel programme whose match mask for each character of a is rebuilt from b at every step:
    # b (reversed) is translated to a string of '1' where it equals the character and '0' elsewhere.
    m = len(b)
    if m == 0:
        return len(a)
    rev = b[::-1]
    zeros = {ord(c): "0" for c in set(b)}
    mask = (1 << m) - 1
    top = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for ch in a:
        if ch in b:
            table = dict(zeros)
            table[ord(ch)] = "1"
            eq = int(rev.translate(table), 2)
        else:
            eq = 0
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
