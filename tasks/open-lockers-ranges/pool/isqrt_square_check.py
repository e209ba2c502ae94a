import math


def open_lockers(ranges):
    # Open lockers are perfect squares; count squares <= hi minus squares < lo.
    count = 0
    for lo, hi in ranges:
        a = math.isqrt(lo)
        b = math.isqrt(hi)
        count += b - a
        if a * a == lo:
            count += 1
    return count
