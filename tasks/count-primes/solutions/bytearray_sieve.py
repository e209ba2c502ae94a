def count_primes(n):
    # Sieve of Eratosthenes over the odd numbers only, in a bytearray: index i stands for 2i + 1, and the odd
    # multiples of p starting at p*p are cleared with one slice assignment each (done in C).
    if n < 3:
        return 0
    half = n // 2                      # odd numbers 1, 3, ..., below n
    sieve = bytearray([1]) * half
    sieve[0] = 0                       # 1 is not prime
    i = 1
    while True:
        p = 2 * i + 1
        start = p * p // 2
        if start >= half:
            break
        if sieve[i]:
            sieve[start::p] = bytes(len(range(start, half, p)))
        i += 1
    return sieve.count(1) + 1          # + 1 for the prime 2
