import math


def root(x):
    # Float square root, then fixed one step at a time: near 10**36 the float is off by up to about a hundred.
    r = int(math.sqrt(x))
    while r * r > x:
        r -= 1
    while (r + 1) * (r + 1) <= x:
        r += 1
    return r


def open_lockers(ranges):
    # Lockers with an odd number of divisors are the perfect squares.
    return sum(root(hi) - root(lo - 1) for lo, hi in ranges)
