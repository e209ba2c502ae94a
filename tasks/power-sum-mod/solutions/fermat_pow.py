from itertools import repeat


def power_sum_mod(n, k, m):
    # m is prime and does not divide any base (n < m), so i**k == i**(k mod (m - 1)) (mod m) by Fermat.
    e = k % (m - 1)
    return sum(map(pow, range(1, n + 1), repeat(e), repeat(m))) % m
