from decimal import Decimal, getcontext


def open_lockers(ranges):
    getcontext().prec = 60

    def isqrt(n):
        r = int(Decimal(n).sqrt())
        while r * r > n:
            r -= 1
        while (r + 1) * (r + 1) <= n:
            r += 1
        return r

    total = 0
    for lo, hi in ranges:
        total += isqrt(hi) - isqrt(lo - 1)
    return total
