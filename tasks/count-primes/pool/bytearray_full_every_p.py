def count_primes(n):
    # Full bytearray sieve that clears the multiples of every p up to the root, prime or not.
    if n < 3:
        return 0
    sieve = bytearray([1]) * n
    sieve[0] = sieve[1] = 0
    for p in range(2, int(n ** 0.5) + 1):
        sieve[p * p::p] = bytes(len(range(p * p, n, p)))
    return sieve.count(1)
