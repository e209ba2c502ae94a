import math


def count_squares(lo, hi):
    return math.isqrt(hi) - math.isqrt(lo - 1)


def open_lockers(ranges):
    counts = [count_squares(lo, hi) for lo, hi in ranges]
    return sum(counts)
