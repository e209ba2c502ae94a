from math import isqrt


def open_lockers(ranges):
    # Divisors of x pair up as (d, x // d); only a perfect square has an unpaired one, so the lockers left open are
    # the squares, and [lo, hi] holds isqrt(hi) - isqrt(lo - 1) of them.
    total = 0
    for lo, hi in ranges:
        total += isqrt(hi) - isqrt(lo - 1)
    return total
