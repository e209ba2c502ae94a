TABLE = [[1] + [0] * 160]
for _ in range(17):
    prev = TABLE[-1]
    TABLE.append([sum(prev[t - d] for d in range(10) if t >= d) for t in range(161)])


def count_digit_sums(queries):
    def upto(n, s):
        if n < 0 or s > 160:
            return 0
        digits = str(n)
        res = 0
        for i, ch in enumerate(digits):
            free = len(digits) - 1 - i
            for d in range(int(ch)):
                if s - d >= 0:
                    res += TABLE[free][s - d]
            s -= int(ch)
            if s < 0:
                return res
        return res + (1 if s == 0 else 0)

    return [upto(hi, s) - upto(lo - 1, s) for lo, hi, s in queries]
