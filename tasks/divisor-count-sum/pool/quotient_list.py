from math import isqrt


def divisor_count_sum(n):
    # Hyperbola method: list every quotient n // a first, then add them up in a second loop.
    if n <= 0:
        return 0
    r = isqrt(n)
    quotients = []
    for a in range(1, r + 1):
        quotients.append(n // a)
    total = 0
    for q in quotients:
        total += q
    return 2 * total - r * r
