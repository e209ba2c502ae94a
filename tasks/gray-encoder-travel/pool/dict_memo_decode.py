def travel(readings):
    cache = {}

    def decode(g):
        if g in cache:
            return cache[g]
        p = g
        shift = 1
        while shift < 32:
            p ^= p >> shift
            shift <<= 1
        cache[g] = p
        return p

    total = 0
    prev = None
    for g in readings:
        cur = decode(g)
        if prev is not None:
            total += abs(cur - prev)
        prev = cur
    return total
