def power_sum_mod(n, k, m):
    if n == 0:
        return 0
    e = k % (m - 1)
    spf = list(range(n + 1))
    i = 2
    while i * i <= n:
        if spf[i] == i:
            for j in range(i * i, n + 1, i):
                if spf[j] == j:
                    spf[j] = i
        i += 1
    powers = [0] * (n + 1)
    powers[1] = 1
    total = 1
    for x in range(2, n + 1):
        p = spf[x]
        if p == x:
            powers[x] = pow(x, e, m)
        else:
            powers[x] = powers[p] * powers[x // p] % m
        total += powers[x]
    return total % m
