from math import isqrt


def open_lockers(ranges):
    total = 0
    for lo, hi in ranges:
        # the roots of the open lockers in [lo, hi]
        roots = range(isqrt(lo - 1) + 1, isqrt(hi) + 1)
        total += len(roots)
    return total
