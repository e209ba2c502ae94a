def edit_distance(a, b):
    # Bit-parallel programme (bits over b) stepping through a by index; the running distance is the bottom
    # cell of the current column.
    m = len(b)
    n = len(a)
    if m == 0:
        return n
    match = {}
    for j in range(m):
        match[b[j]] = match.get(b[j], 0) | (1 << j)
    all_ones = (1 << m) - 1
    last = 1 << (m - 1)
    plus, minus = all_ones, 0
    bottom = m
    for i in range(n):
        eq = match.get(a[i], 0)
        xv = eq | minus
        xh = (((eq & plus) + plus) ^ plus) | eq
        hp = minus | (~(xh | plus) & all_ones)
        hm = plus & xh
        if hp & last:
            bottom = bottom + 1
        elif hm & last:
            bottom = bottom - 1
        hp = (hp << 1) | 1
        hm = hm << 1
        plus = (hm | ~(xv | hp)) & all_ones
        minus = hp & xv & all_ones
    return bottom
