from math import isqrt


def divisor_count_sum(n):
    # Hyperbola method with each quotient taken as int(n / a) (exact for n below 2^52), added through a
    # running list of partial sums.
    if n <= 0:
        return 0
    r = isqrt(n)
    partial = [0]
    for a in range(1, r + 1):
        partial.append(partial[-1] + int(n / a))
    return 2 * partial[-1] - r * r
