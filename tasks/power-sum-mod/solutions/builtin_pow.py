def power_sum_mod(n, k, m):
    total = 0
    for i in range(1, n + 1):
        total += pow(i, k, m)
    return total % m
