def count_digit_sums(queries):
    # Every number of every range, its digit sum peeled off with % 10 and // 10.
    res = []
    for lo, hi, s in queries:
        count = 0
        for x in range(lo, hi + 1):
            t = 0
            while x:
                t += x % 10
                x //= 10
            if t == s:
                count += 1
        res.append(count)
    return res
