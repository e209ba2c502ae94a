memo = {}


def ways(r, t):
    if t < 0 or t > 9 * r:
        return 0
    if r == 0:
        return 1
    key = (r, t)
    if key in memo:
        return memo[key]
    val = 0
    for d in range(10):
        val += ways(r - 1, t - d)
    memo[key] = val
    return val


def solve(digits, pos, s):
    # numbers <= digits[pos:] (as a digit string) with digit sum s, recursively
    if s < 0:
        return 0
    if pos == len(digits):
        return 1 if s == 0 else 0
    c = digits[pos]
    free = len(digits) - pos - 1
    total = 0
    for d in range(c):
        total += ways(free, s - d)
    return total + solve(digits, pos + 1, s - c)


def count_digit_sums(queries):
    res = []
    for lo, hi, s in queries:
        a = solve(list(map(int, str(hi))), 0, s)
        b = solve(list(map(int, str(lo - 1))), 0, s) if lo > 0 else 0
        res.append(a - b)
    return res
