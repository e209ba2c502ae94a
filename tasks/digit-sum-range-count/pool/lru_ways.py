from functools import lru_cache


@lru_cache(maxsize=None)
def ways(r, t):
    # number of r-digit strings (leading zeros allowed) whose digits sum to t
    if t < 0:
        return 0
    if r == 0:
        return 1 if t == 0 else 0
    return sum(ways(r - 1, t - d) for d in range(10))


def count_upto(n, s):
    if n < 0:
        return 0
    digits = [int(c) for c in str(n)]
    total = 0
    for i, c in enumerate(digits):
        rest = len(digits) - i - 1
        for d in range(c):
            total += ways(rest, s - d)
        s -= c
    return total + (1 if s == 0 else 0)


def count_digit_sums(queries):
    answers = []
    for lo, hi, s in queries:
        answers.append(count_upto(hi, s) - count_upto(lo - 1, s))
    return answers
