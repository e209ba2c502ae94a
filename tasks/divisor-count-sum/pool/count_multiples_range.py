from math import isqrt


def divisor_count_sum(n):
    # Hyperbola method: a divides exactly len(range(a, n + 1, a)) numbers up to n.
    if n <= 0:
        return 0
    r = isqrt(n)
    total = 0
    for a in range(1, r + 1):
        total += len(range(a, n + 1, a))
    return 2 * total - r * r
