from math import comb


def ways(r, t):
    # r digits in 0..9 summing to t: stars and bars, minus the ways with some digit >= 10 (inclusion-exclusion)
    if t < 0 or t > 9 * r:
        return 0
    if r == 0:
        return 1
    total = 0
    for k in range(min(r, t // 10) + 1):
        term = comb(r, k) * comb(t - 10 * k + r - 1, r - 1)
        total += -term if k % 2 else term
    return total


def count_upto(n, s):
    if n < 0:
        return 0
    digits = str(n)
    total = 0
    for i, ch in enumerate(digits):
        c = int(ch)
        free = len(digits) - i - 1
        for d in range(c):
            total += ways(free, s - d)
        s -= c
        if s < 0:
            return total
    return total + (s == 0)


def count_digit_sums(queries):
    return [count_upto(hi, s) - count_upto(lo - 1, s) for lo, hi, s in queries]
