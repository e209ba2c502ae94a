import math


def isqrt_newton(n):
    if n < 2:
        return n
    r = int(math.sqrt(n))
    while True:
        nxt = (r + n // r) // 2
        if abs(nxt - r) <= 1:
            r = nxt
            break
        r = nxt
    while r * r > n:
        r -= 1
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r


def open_lockers(ranges):
    total = 0
    for lo, hi in ranges:
        total += isqrt_newton(hi) - isqrt_newton(lo - 1)
    return total
