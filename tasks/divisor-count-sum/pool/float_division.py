import math


def divisor_count_sum(n):
    # Hyperbola method with the quotients taken as floor(n / a) in floating point (exact for n below 2^52).
    if n <= 0:
        return 0
    r = math.isqrt(n)
    total = 0
    for a in range(1, r + 1):
        total += math.floor(n / a)
    return 2 * total - r * r
