def count_digit_sums(queries):
    # Every number of every range, its digit sum from its decimal string.
    res = []
    for lo, hi, s in queries:
        count = 0
        for x in range(lo, hi + 1):
            if sum(map(int, str(x))) == s:
                count += 1
        res.append(count)
    return res
