def power_sum_mod(n, k, m):
    # Fermat's little theorem: a^(m-1) = 1 mod m for a not divisible by m.
    exp = k % (m - 1)
    ans = 0
    for a in range(1, n + 1):
        ans = (ans + pow(a, exp, m)) % m
    return ans
