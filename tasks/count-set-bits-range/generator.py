def generate(size, rng):
    # `size` queries whose bit lengths are spread evenly over 0..60 (so both small and huge n occur).  The
    # correctness level (small size) uses numbers below 2^10, small enough for counting one number at a time.
    q = max(1, size)
    top = 60 if size >= 100 else 10
    return [[rng.getrandbits(rng.randint(0, top)) for _ in range(q)]]
