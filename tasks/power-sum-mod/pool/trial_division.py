def power_sum_mod(n, k, m):
    # Factor every number by trial division over the primes found so far; cache prime powers.
    e = k % (m - 1)
    primes = []
    cache = {}
    total = 0
    for x in range(1, n + 1):
        y = x
        value = 1
        for p in primes:
            if p * p > y:
                break
            while y % p == 0:
                value = value * cache[p] % m
                y //= p
        if y > 1:
            if y not in cache:
                cache[y] = pow(y, e, m)
                primes.append(y)
            value = value * cache[y] % m
        total += value
    return total % m
