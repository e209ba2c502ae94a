def count_digit_sums(queries):
    res = []
    for lo, hi, s in queries:
        c = 0
        for x in range(lo, hi + 1):
            b = str(x).encode()
            if sum(b) - 48 * len(b) == s:
                c += 1
        res.append(c)
    return res
