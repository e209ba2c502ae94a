from functools import lru_cache


def power_sum_mod(n, k, m):
    e = k % (m - 1)
    spf = [0] * (n + 1)
    p = 2
    while p * p <= n:
        if spf[p] == 0:
            for q in range(p * p, n + 1, p):
                if spf[q] == 0:
                    spf[q] = p
        p += 1

    @lru_cache(maxsize=None)
    def f(x):
        if x == 1:
            return 1
        s = spf[x]
        if s == 0:
            return pow(x, e, m)
        return f(s) * f(x // s) % m

    return sum(f(x) for x in range(1, n + 1)) % m
