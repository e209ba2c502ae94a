def power_sum_mod(n, k, m):
    # Smallest-prime-factor sieve; pow with the full exponent at the primes.
    if n < 1:
        return 0
    spf = [0] * (n + 1)
    for i in range(2, int(n ** 0.5) + 1):
        if spf[i] == 0:
            for j in range(i * i, n + 1, i):
                if spf[j] == 0:
                    spf[j] = i
    val = [0] * (n + 1)
    val[1] = 1
    for i in range(2, n + 1):
        if spf[i] == 0:
            val[i] = pow(i, k, m)
        else:
            val[i] = val[spf[i]] * val[i // spf[i]] % m
    return sum(val) % m
