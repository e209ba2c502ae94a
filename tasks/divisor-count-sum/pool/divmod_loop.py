from math import isqrt


def divisor_count_sum(n):
    # Hyperbola method with divmod for each quotient (the remainder is thrown away).
    if n <= 0:
        return 0
    r = isqrt(n)
    total = 0
    for a in range(1, r + 1):
        q, _ = divmod(n, a)
        total += q
    return 2 * total - r * r
