MAXD = 17

# ways[r][t]: r-digit strings (leading zeros allowed) with digit sum t
ways = [[0] * (9 * MAXD + 1) for _ in range(MAXD + 1)]
ways[0][0] = 1
for r in range(1, MAXD + 1):
    for t in range(9 * r + 1):
        ways[r][t] = sum(ways[r - 1][t - d] for d in range(10) if t - d >= 0)


def count_upto(n, s):
    if n < 0:
        return 0
    digits = []
    while n > 0:
        n, d = divmod(n, 10)
        digits.append(d)
    digits.reverse()
    result = 0
    remaining = s
    length = len(digits)
    for i in range(length):
        free = length - i - 1
        for d in range(digits[i]):
            need = remaining - d
            if 0 <= need <= 9 * free:
                result += ways[free][need]
        remaining -= digits[i]
        if remaining < 0:
            break
    if remaining == 0:
        result += 1
    return result


def count_digit_sums(queries):
    return [count_upto(hi, s) - count_upto(lo - 1, s) for lo, hi, s in queries]
