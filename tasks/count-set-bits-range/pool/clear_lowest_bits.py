def count_bits_upto(ns):
    # Walk the set bits of n from the bottom (n & -n), inserting each position at the front of a list, then add
    # them up from the top.
    out = []
    for n in ns:
        positions = []
        m = n
        while m:
            low = m & -m
            positions.insert(0, low.bit_length() - 1)
            m ^= low
        total = 0
        above = 0
        for p in positions:
            total += above * (1 << p) + p * (1 << p) // 2
            above += 1
        out.append(total + above)
    return out
