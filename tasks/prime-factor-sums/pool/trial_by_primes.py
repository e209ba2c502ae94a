import math


def prime_factor_sums(queries):
    # Trial division by primes only, found once by a sieve up to sqrt(max).
    if not queries:
        return []
    limit = math.isqrt(max(queries))
    is_p = [True] * (limit + 1)
    primes = []
    for i in range(2, limit + 1):
        if is_p[i]:
            primes.append(i)
            for j in range(i * i, limit + 1, i):
                is_p[j] = False
    out = []
    for x in queries:
        s = 0
        for p in primes:
            if p * p > x:
                break
            while x % p == 0:
                s += p
                x //= p
        if x > 1:
            s += x
        out.append(s)
    return out
