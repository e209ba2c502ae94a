def prime_factor_sums(queries):
    # Linear (Euler) sieve: every composite is crossed off exactly once, by its smallest prime factor.
    if not queries:
        return []
    m = max(queries)
    spf = [0] * (m + 1)
    primes = []
    for i in range(2, m + 1):
        if spf[i] == 0:
            spf[i] = i
            primes.append(i)
        for p in primes:
            if p > spf[i] or i * p > m:
                break
            spf[i * p] = p
    out = []
    for x in queries:
        s = 0
        while x > 1:
            p = spf[x]
            s += p
            x //= p
        out.append(s)
    return out
