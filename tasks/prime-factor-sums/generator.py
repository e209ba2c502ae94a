def _primes_up_to(m):
    flags = bytearray([1]) * (m + 1)
    flags[0:2] = b"\x00\x00"
    for p in range(2, int(m ** 0.5) + 1):
        if flags[p]:
            flags[p * p::p] = bytes(len(range(p * p, m + 1, p)))
    return [p for p in range(m + 1) if flags[p]]


def generate(size, rng):
    # `size` queries up to M = min(10**6, 10 * size). Half are uniform; the rest are the cases trial division hates
    # (primes near M, products of two primes near sqrt(M)) and the cases with many factors (powers of small primes,
    # products of the first primes), plus 1s and repeats.
    m = min(10 ** 6, max(10, 10 * size))
    primes = _primes_up_to(m)
    large = primes[-max(1, len(primes) // 20):]
    root = int(m ** 0.5)
    mids = [p for p in primes if root // 3 <= p <= root] or primes
    queries = []
    for _ in range(size):
        r = rng.random()
        if r < 0.5 or not queries:
            x = rng.randint(1, m)
        elif r < 0.65:
            x = rng.choice(large)
        elif r < 0.8:
            x = rng.choice(mids) * rng.choice(mids)
        elif r < 0.9:
            p = rng.choice(primes[:6])
            x = p
            while x * p <= m and rng.random() < 0.85:
                x *= p
        elif r < 0.95:
            x = 1
            for p in primes:
                if x * p > m or rng.random() < 0.2:
                    break
                x *= p
        else:
            x = rng.choice(queries)
        queries.append(min(x, m))
    return [queries]
