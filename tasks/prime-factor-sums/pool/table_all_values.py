def prime_factor_sums(queries):
    # The slice sieve for smallest prime factors, then s(i) = spf(i) + s(i / spf(i)) for every i up to the largest
    # query, whether it is asked or not.
    if not queries:
        return []
    m = max(queries)
    spf = list(range(m + 1))
    r = int(m ** 0.5) + 1
    for p in range(r, 1, -1):
        if all(p % d for d in range(2, int(p ** 0.5) + 1)) and p * p <= m:
            spf[p * p::p] = [p] * len(range(p * p, m + 1, p))
    s = [0] * (m + 1)
    for i in range(2, m + 1):
        s[i] = s[i // spf[i]] + spf[i]
    return [s[x] for x in queries]
