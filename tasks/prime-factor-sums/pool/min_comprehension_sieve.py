def prime_factor_sums(queries):
    # Smallest prime factors by rewriting each prime's multiples with a comprehension keeping the smaller value.
    if not queries:
        return []
    m = max(queries)
    spf = list(range(m + 1))
    for p in range(2, int(m ** 0.5) + 1):
        if spf[p] == p:
            spf[p * p::p] = [v if v < p else p for v in spf[p * p::p]]
    res = []
    for x in queries:
        total = 0
        while x > 1:
            q = spf[x]
            total += q
            x //= q
        res.append(total)
    return res
