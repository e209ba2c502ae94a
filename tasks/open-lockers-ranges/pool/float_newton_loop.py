import math


def isqrt(n):
    if n < 2:
        return n
    x = int(math.sqrt(n)) + 1
    while True:
        y = (x + n // x) // 2
        if y >= x:
            break
        x = y
    while x * x > n:
        x -= 1
    while (x + 1) * (x + 1) <= n:
        x += 1
    return x


def open_lockers(ranges):
    return sum(isqrt(hi) - isqrt(lo - 1) for lo, hi in ranges)
