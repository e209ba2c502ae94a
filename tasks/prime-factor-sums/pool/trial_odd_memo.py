def prime_factor_sums(queries):
    # Trial division by 2 and then odd numbers only, remembering the answer of every value already seen.
    memo = {}
    out = []
    for q in queries:
        if q in memo:
            out.append(memo[q])
            continue
        x = q
        s = 0
        while x % 2 == 0:
            s += 2
            x //= 2
        d = 3
        while d * d <= x:
            while x % d == 0:
                s += d
                x //= d
            d += 2
        if x > 1:
            s += x
        memo[q] = s
        out.append(s)
    return out
