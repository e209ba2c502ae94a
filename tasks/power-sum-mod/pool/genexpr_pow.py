def power_sum_mod(n, k, m):
    return sum(pow(i, k, m) for i in range(1, n + 1)) % m
