def power_sum_mod(n, k, m):
    # Least prime factor sieve, powers kept in a dict.
    if n == 0:
        return 0
    e = k % (m - 1)
    lpf = [0] * (n + 1)
    for i in range(2, n + 1):
        if lpf[i] == 0:
            for j in range(i * i, n + 1, i):
                if lpf[j] == 0:
                    lpf[j] = i
    memo = {1: 1}
    for i in range(2, n + 1):
        p = lpf[i]
        if p == 0:
            memo[i] = pow(i, e, m)
        else:
            memo[i] = memo[p] * memo[i // p] % m
    return sum(memo.values()) % m
