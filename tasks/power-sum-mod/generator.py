_PRIMES = [998244353, 1000000007, 1000000009, 999999937, 2147483647, 167772161, 469762049, 754974721,
           1000000021, 1999999973]


def generate(size, rng):
    # The prime and the exponent are drawn first, so a seed keeps them at every size: m from a fixed list of primes
    # above 10^8 (all far above n), k from 10^17 to 10^18 (about 60 bits; about 30 once reduced mod m - 1).
    m = rng.choice(_PRIMES)
    k = rng.randint(10**17, 10**18)
    n = rng.randint(max(0, size - size // 10), size)
    return [n, k, m]
