from itertools import repeat
from math import isqrt
from operator import sub


def open_lockers(ranges):
    if not ranges:
        return 0
    los, his = zip(*ranges)
    return sum(map(isqrt, his)) - sum(map(isqrt, map(sub, los, repeat(1))))
