from itertools import compress


def count_primes(n):
    # Odd-only bytearray sieve; the primes are enumerated with itertools.compress and counted.
    if n < 3:
        return 0
    half = n // 2
    sieve = bytearray([1]) * half
    sieve[0] = 0
    for i in range(1, min(half, (int(n ** 0.5) + 1) // 2 + 1)):
        if sieve[i]:
            p = 2 * i + 1
            if p * p >= n:
                break
            sieve[p * p // 2::p] = bytes(len(range(p * p // 2, half, p)))
    return 1 + sum(1 for _ in compress(range(half), sieve))
