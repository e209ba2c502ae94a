def count_bits_upto(ns):
    # Walk the set bits of n from the top.  The numbers below n that agree with n above a set bit p and have 0 at
    # p are 2^p numbers, which carry the c set bits of n above p each, plus p * 2^(p-1) bits below p in total.
    # n itself adds popcount(n).  One step per set bit of n.
    out = []
    for n in ns:
        total = 0
        above = 0
        m = n
        while m:
            p = m.bit_length() - 1
            total += (above << p) + ((p << p) >> 1)
            above += 1
            m ^= 1 << p
        out.append(total + above)
    return out
