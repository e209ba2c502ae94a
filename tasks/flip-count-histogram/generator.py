def generate(size, rng):
    # `size` 64-bit readings. Most ticks flip a few random bits of the previous word (a slowly changing status), some
    # repeat it (0 flips), some jump to a fresh random word (about 32 flips, often reaching bit 63), and a few jump to
    # the extremes 0 and 2**64 - 1 (64 flips between them).
    top = 2 ** 64 - 1
    cur = rng.getrandbits(64)
    readings = []
    for _ in range(size):
        r = rng.random()
        if r < 0.45:
            for _ in range(rng.randint(1, 4)):
                cur ^= 1 << rng.randrange(64)
        elif r < 0.55:
            pass
        elif r < 0.97:
            cur = rng.getrandbits(64)
        else:
            cur = rng.choice((0, top))
        readings.append(cur)
    return [readings]
