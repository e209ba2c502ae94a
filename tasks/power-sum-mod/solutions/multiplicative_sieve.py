from math import isqrt


def power_sum_mod(n, k, m):
    # x -> x**k mod m is completely multiplicative: with the least prime factor p of a composite i,
    # i**k == p**k * (i // p)**k. So pow runs only at primes; the exponent is reduced by Fermat (m prime, m > n).
    if n < 1:
        return 0
    e = k % (m - 1)
    r = isqrt(n)
    # primes up to sqrt(n), then least prime factors of the composites up to n (0 for 1 and the primes):
    # larger primes first, so the smallest prime writes last
    small = bytearray([1]) * (r + 1)
    for p in range(2, isqrt(r) + 1):
        if small[p]:
            small[p * p::p] = bytes(len(range(p * p, r + 1, p)))
    least = [0] * (n + 1)
    for p in range(r, 1, -1):
        if small[p]:
            least[p * p::p] = [p] * len(range(p * p, n + 1, p))
    pw = [0] * (n + 1)
    pw[1] = 1
    for i, p in enumerate(least):
        if p:
            pw[i] = pw[p] * pw[i // p] % m
        elif i > 1:
            pw[i] = pow(i, e, m)
    return sum(pw) % m
