from math import isqrt


def divisor_count_sum(n):
    # Count lattice points (a, b) with a * b <= n: by symmetry about a = b,
    # 2 * sum_{a <= r} n // a - r * r with r = isqrt(n).
    if n <= 0:
        return 0
    r = isqrt(n)
    total = 0
    for a in range(1, r + 1):
        total += n // a
    return 2 * total - r * r
