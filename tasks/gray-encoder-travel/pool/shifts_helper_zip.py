def _decode(g):
    for s in (1, 2, 4, 8, 16):
        g ^= g >> s
    return g


def travel(readings):
    pos = [_decode(g) for g in readings]
    return sum(abs(b - a) for a, b in zip(pos, pos[1:]))
