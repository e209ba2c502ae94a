def prime_factor_sums(queries):
    if not queries:
        return []
    m = max(queries)
    spf = {}
    p = 2
    while p * p <= m:
        if p not in spf:
            for j in range(p * p, m + 1, p):
                spf.setdefault(j, p)
        p += 1
    out = []
    for x in queries:
        s = 0
        while x > 1:
            q = spf.get(x, x)
            s += q
            x //= q
        out.append(s)
    return out
