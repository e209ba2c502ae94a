def count_digit_sums(queries):
    # Numbers 10*b .. 10*b + 9 have digit sums ds(b) .. ds(b) + 9: one digit sum per block of ten.
    out = []
    for lo, hi, s in queries:
        count = 0
        for b in range(lo // 10, hi // 10 + 1):
            d = s - sum(map(int, str(b)))
            if 0 <= d <= 9 and lo <= 10 * b + d <= hi:
                count += 1
        out.append(count)
    return out
