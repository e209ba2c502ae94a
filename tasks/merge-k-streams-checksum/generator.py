def generate(size, rng):
    # The number of streams (8 to 32 at every size) and their relative lengths are drawn first, then the values.
    # Streams overlap: most cover a random window of [-10**12, 10**12]; some draw from a narrow band shared by all
    # such streams (many equal values across streams, so the tie rule matters); a few are arithmetic runs or
    # constant; some are empty.
    k = rng.randint(8, 32)
    weights = [0.0 if rng.random() < 0.1 else rng.random() + 0.25 for _ in range(k)]
    weights[rng.randrange(k)] += 1.0
    total = sum(weights)
    lengths = [int(size * w / total) for w in weights]
    lengths[max(range(k), key=weights.__getitem__)] += size - sum(lengths)
    band = rng.randint(-10**6, 10**6)
    streams = []
    for n in lengths:
        r = rng.random()
        if r < 0.6:
            lo = rng.randint(-10**12, 10**12 - 10**9)
            hi = lo + 10 ** rng.randint(3, 9)
            s = sorted(rng.randint(lo, hi) for _ in range(n))
        elif r < 0.85:
            s = sorted(rng.randint(band, band + 200) for _ in range(n))
        elif r < 0.95:
            start = rng.randint(-10**12, 10**12 - 10**7)
            step = rng.randint(0, 30)
            s = list(range(start, start + step * n, step)) if step else [start] * n
        else:
            s = [rng.randint(-10**12, 10**12)] * n
        streams.append(s)
    return [streams]
