def prime_factor_sums(queries):
    # The slice sieve, then each query divided out prime by prime with a modulo test per division.
    if not queries:
        return []
    m = max(queries)
    spf = list(range(m + 1))
    p = 2
    while p * p <= m:
        if spf[p] == p:
            spf[p * p::p] = [min(v, p) for v in spf[p * p::p]]
        p += 1
    out = []
    for x in queries:
        s = 0
        while x > 1:
            p = spf[x]
            while x % p == 0:
                x //= p
                s += p
        out.append(s)
    return out
