def prime_factor_sums(queries):
    # spf[i] = smallest prime factor of i, from a sieve that marks every multiple of each prime p from p * p on; each
    # query is then taken apart one smallest prime at a time.
    if not queries:
        return []
    m = max(queries)
    spf = list(range(m + 1))
    p = 2
    while p * p <= m:
        if spf[p] == p:
            for j in range(p * p, m + 1, p):
                if spf[j] == j:
                    spf[j] = p
        p += 1
    out = []
    for x in queries:
        s = 0
        while x > 1:
            q = spf[x]
            s += q
            x //= q
        out.append(s)
    return out
