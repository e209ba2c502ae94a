def count_primes(n):
    # Odd-only bytearray sieve that also strikes out multiples of composites (no primality test on p).
    if n < 3:
        return 0
    half = n // 2
    sieve = bytearray([1]) * half
    sieve[0] = 0
    i = 1
    while (2 * i + 1) ** 2 < n:
        p = 2 * i + 1
        start = p * p // 2
        sieve[start::p] = bytes(len(range(start, half, p)))
        i += 1
    return sieve.count(1) + 1
