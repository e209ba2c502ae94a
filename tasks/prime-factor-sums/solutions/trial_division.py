def prime_factor_sums(queries):
    # Divide each query by 2, 3, 4, ... while the divisor's square is at most what is left; the rest is a prime.
    out = []
    for x in queries:
        s = 0
        d = 2
        while d * d <= x:
            while x % d == 0:
                s += d
                x //= d
            d += 1
        if x > 1:
            s += x
        out.append(s)
    return out
