def prime_factor_sums(queries):
    # Smallest-prime-factor sieve by slice assignment: the primes up to sqrt(M) (from a bytearray sieve) write
    # themselves over all their multiples from p * p on, largest prime first, so the smallest prime dividing a number
    # writes last. Each query is then taken apart one smallest prime at a time (about log x steps).
    if not queries:
        return []
    m = max(queries)
    r = int(m ** 0.5)
    while r * r > m:
        r -= 1
    while (r + 1) * (r + 1) <= m:
        r += 1
    flags = bytearray([1]) * (r + 1)
    small = []
    for p in range(2, r + 1):
        if flags[p]:
            small.append(p)
            flags[p * p::p] = bytes(len(range(p * p, r + 1, p)))
    spf = list(range(m + 1))
    for p in reversed(small):
        spf[p * p::p] = [p] * len(range(p * p, m + 1, p))
    out = []
    for x in queries:
        s = 0
        while x > 1:
            q = spf[x]
            s += q
            x //= q
        out.append(s)
    return out
