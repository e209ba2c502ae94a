def count_primes(n):
    # Odd-only bytearray sieve; the zeros for each slice are made by repeating one byte, their number computed.
    if n < 3:
        return 0
    half = n // 2
    sieve = bytearray(b"\x01") * half
    sieve[0] = 0
    p = 3
    while p * p < n:
        if sieve[p // 2]:
            start = p * p // 2
            sieve[start::p] = b"\x00" * ((half - 1 - start) // p + 1)
        p += 2
    return sieve.count(1) + 1
