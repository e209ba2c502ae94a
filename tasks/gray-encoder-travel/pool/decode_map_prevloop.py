def _pos(g):
    g ^= g >> 1
    g ^= g >> 2
    g ^= g >> 4
    g ^= g >> 8
    g ^= g >> 16
    return g


def travel(readings):
    it = map(_pos, readings)
    prev = next(it, None)
    total = 0
    for p in it:
        total += abs(p - prev)
        prev = p
    return total
