def power_sum_mod(n, k, m):
    # Even numbers reuse half their value: (2j)^k = 2^k * j^k. Odd numbers use pow.
    if n == 0:
        return 0
    e = k % (m - 1)
    vals = [0] * (n + 1)
    vals[1] = 1
    two = pow(2, e, m)
    for i in range(2, n + 1):
        if i % 2 == 0:
            vals[i] = two * vals[i // 2] % m
        else:
            vals[i] = pow(i, e, m)
    return sum(vals) % m
