def prime_factor_sums(queries):
    # Every multiple of each prime from 2p on, kept only where no smaller prime got there first.
    if not queries:
        return []
    m = max(queries)
    spf = list(range(m + 1))
    for p in range(2, m + 1):
        if p * p > m:
            break
        if spf[p] == p:
            for j in range(2 * p, m + 1, p):
                if spf[j] == j:
                    spf[j] = p
    out = []
    for x in queries:
        s = 0
        while x > 1:
            s += spf[x]
            x //= spf[x]
        out.append(s)
    return out
