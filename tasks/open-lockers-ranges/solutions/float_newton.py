from math import sqrt


def root(x):
    # A float estimate is within about 2**-52 relative of the root; one integer Newton step from it lands on
    # isqrt(x) or isqrt(x) + 1 (the step never goes below isqrt(x)), and one check settles which.
    if x < 4:
        return 1 if x else 0
    r = int(sqrt(x))
    r = (r + x // r) >> 1
    if r * r > x:
        r -= 1
    return r


def open_lockers(ranges):
    # Lockers with an odd number of divisors are the perfect squares.
    total = 0
    for lo, hi in ranges:
        total += root(hi) - root(lo - 1)
    return total
