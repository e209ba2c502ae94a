import math


def root(x):
    if x == 0:
        return 0
    r = int(math.sqrt(x))
    if r == 0:
        r = 1
    r = (r + x // r) // 2
    while r * r > x:
        r -= 1
    while (r + 1) * (r + 1) <= x:
        r += 1
    return r


def open_lockers(ranges):
    total = 0
    for pair in ranges:
        lo, hi = pair[0], pair[1]
        total += root(hi) - root(lo - 1)
    return total
