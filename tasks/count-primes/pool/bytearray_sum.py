def count_primes(n):
    # Full bytearray sieve, counted by summing the bytes.
    if n < 3:
        return 0
    sieve = bytearray(b"\x01") * n
    sieve[0] = sieve[1] = 0
    for p in range(2, int(n ** 0.5) + 1):
        if sieve[p]:
            sieve[p * p:n:p] = b"\x00" * ((n - 1 - p * p) // p + 1)
    return sum(sieve)
