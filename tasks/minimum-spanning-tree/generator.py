def generate(size, rng):
    # A sparse random graph (about three edges per node) split into a few separate parts, so the answer is a
    # spanning forest; weights mostly positive, some negative, many repeated.
    n = max(1, size)
    parts = rng.randint(1, 4)
    cuts = sorted(rng.sample(range(1, n), min(parts - 1, n - 1))) if n > 1 else []
    bounds = [0] + cuts + [n]
    edges = []
    for lo, hi in zip(bounds, bounds[1:]):
        k = hi - lo
        if k < 2:
            continue
        for _ in range(3 * k):
            u = rng.randrange(lo, hi)
            v = rng.randrange(lo, hi)
            edges.append((u, v, rng.randint(-1000, 10**5)))
    rng.shuffle(edges)
    return [n, edges]
