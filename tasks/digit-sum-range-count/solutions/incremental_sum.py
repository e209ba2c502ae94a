def count_digit_sums(queries):
    # Walk each range once, keeping the digit sum up to date: adding 1 to a number ending in t nines turns them into
    # zeros and adds 1 to the digit before them, so the sum changes by 1 - 9 * t.
    res = []
    for lo, hi, s in queries:
        t = 0
        y = lo
        while y:
            t += y % 10
            y //= 10
        count = 0
        x = lo
        while True:
            if t == s:
                count += 1
            if x == hi:
                break
            y = x
            while y % 10 == 9:
                t -= 9
                y //= 10
            t += 1
            x += 1
        res.append(count)
    return res
