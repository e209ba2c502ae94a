def power_sum_mod(n, k, m):
    # Linear (Euler) sieve: every composite is reached once, as prime * cofactor.
    if n == 0:
        return 0
    e = k % (m - 1)
    f = [0] * (n + 1)
    f[1] = 1
    primes = []
    is_comp = [False] * (n + 1)
    for i in range(2, n + 1):
        if not is_comp[i]:
            primes.append(i)
            f[i] = pow(i, e, m)
        for p in primes:
            if p * i > n:
                break
            is_comp[p * i] = True
            f[p * i] = f[p] * f[i] % m
            if i % p == 0:
                break
    return sum(f) % m
