def edit_distance(a, b):
    # Bit-parallel programme that works through binary strings: the all-ones mask is parsed from a string at
    # every step and the bottom cell of each column is re-read from the '1's of its difference vectors.
    m = len(b)
    if m == 0:
        return len(a)
    peq = {}
    for ch in set(b):
        peq[ch] = int("".join("1" if c == ch else "0" for c in b[::-1]), 2)
    pv, mv = int("1" * m, 2), 0
    score = m
    for i, ch in enumerate(a, 1):
        mask = int("1" * m, 2)
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
