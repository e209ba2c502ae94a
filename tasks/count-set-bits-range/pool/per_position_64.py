def count_bits_upto(ns):
    # For each of 64 bit positions, count the ones among 0..n from the periodic pattern of that bit.
    result = []
    for n in ns:
        m = n + 1
        total = 0
        for b in range(64):
            total += (m >> (b + 1) << b) + max(0, (m & ((2 << b) - 1)) - (1 << b))
        result.append(total)
    return result
