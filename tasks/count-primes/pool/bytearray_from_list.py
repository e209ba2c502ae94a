def count_primes(n):
    # Bytearray sieve whose slices are assigned from lists of zeros (converted element by element).
    if n < 3:
        return 0
    sieve = bytearray([1]) * n
    sieve[0] = sieve[1] = 0
    p = 2
    while p * p < n:
        if sieve[p]:
            sieve[p * p::p] = [0] * len(range(p * p, n, p))
        p += 1
    return sieve.count(1)
