def generate(size, rng):
    # Shape first, so a seed keeps it at every size: the number of staircases (3 to 12), each one's maximum jump k
    # (1 to 50, a third of them drawn from 30 to 50), each one's share of the `size` steps, and the cost range.
    m = rng.randint(3, 12)
    ks = [rng.randint(30, 50) if rng.random() < 1 / 3 else rng.randint(1, 50) for _ in range(m)]
    weights = [rng.random() + 0.2 for _ in range(m)]
    lo, hi = rng.choice([(0, 10**4), (-10**3, 10**4), (-10**4, 10**4), (0, 9)])
    total = sum(weights)
    lengths = [int(size * w / total) for w in weights]
    lengths[0] += size - sum(lengths)
    stairs = [[rng.randint(lo, hi) for _ in range(n)] for n in lengths]
    return [stairs, ks]
