from bisect import bisect_left
from itertools import repeat
from operator import add, mul


def sum_group_medians(groups, values):
    shift = 1 << 32
    keys = list(map(add, map(mul, groups, repeat(shift)), values))
    keys.sort()
    total = 0
    for g in sorted(set(groups)):
        lo = bisect_left(keys, g * shift - (shift >> 1))
        hi = bisect_left(keys, g * shift + (shift >> 1))
        total += keys[(lo + hi - 1) // 2] - g * shift
    return total
