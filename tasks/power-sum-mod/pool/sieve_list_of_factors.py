def power_sum_mod(n, k, m):
    # Sieve the full prime factorisation of every number, then multiply the prime powers.
    e = k % (m - 1)
    rest = list(range(n + 1))
    value = [1] * (n + 1)
    for p in range(2, n + 1):
        if rest[p] == p and value[p] == 1:
            pk = pow(p, e, m)
            for j in range(p, n + 1, p):
                while rest[j] % p == 0:
                    rest[j] //= p
                    value[j] = value[j] * pk % m
    return (sum(value) - 1) % m if n >= 1 else 0
