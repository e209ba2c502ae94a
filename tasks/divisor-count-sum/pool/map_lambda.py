from math import isqrt


def divisor_count_sum(n):
    # Hyperbola method: the quotients n // a for a up to the root, mapped through a lambda and summed.
    if n <= 0:
        return 0
    r = isqrt(n)
    return 2 * sum(map(lambda a: n // a, range(1, r + 1))) - r * r
