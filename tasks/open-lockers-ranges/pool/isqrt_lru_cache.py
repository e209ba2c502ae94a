from functools import lru_cache
from math import isqrt


@lru_cache(maxsize=None)
def squares_up_to(n):
    return isqrt(n)


def open_lockers(ranges):
    return sum(squares_up_to(hi) - squares_up_to(lo - 1) for lo, hi in ranges)
