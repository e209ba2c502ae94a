def generate(size, rng):
    # `size` queries. Drawn first, independent of the size: the widest range (hi - lo up to 120 to 180) and the
    # largest magnitude (lo below 10**10 to 10**15). Most queries ask for a digit sum that some number of the range
    # has (give or take 3), so counts are rarely zero; some ranges start at 0, some straddle a power of ten, and some
    # ask for sums no number of the range can have.
    wmax = rng.randint(120, 180)
    pmax = rng.randint(10, 15)
    queries = []
    for _ in range(size):
        width = rng.randint(0, wmax)
        r = rng.random()
        if r < 0.7:
            lo = rng.randint(0, 10 ** rng.randint(1, pmax))
        elif r < 0.8:
            lo = 0
        else:
            lo = max(0, 10 ** rng.randint(1, pmax) - rng.randint(0, width))
        hi = lo + width
        r = rng.random()
        if r < 0.9:
            s = max(0, sum(map(int, str(rng.randint(lo, hi)))) + rng.randint(-3, 3))
        elif r < 0.95:
            s = rng.randint(0, 9 * 16)
        else:
            s = rng.choice([0, 1, 9 * len(str(hi)), 9 * len(str(hi)) + 1])
        queries.append((lo, hi, s))
    return [queries]
