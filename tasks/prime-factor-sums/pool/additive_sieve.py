def prime_factor_sums(queries):
    # Add every prime p to all multiples of p, of p^2, of p^3, ...: each number collects its primes with
    # multiplicity.
    if not queries:
        return []
    m = max(queries)
    s = [0] * (m + 1)
    for p in range(2, m + 1):
        if s[p] == 0:
            pk = p
            while pk <= m:
                for j in range(pk, m + 1, pk):
                    s[j] += p
                pk *= p
    return [s[x] for x in queries]
