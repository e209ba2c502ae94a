def count_bits_upto(ns):
    # Bit b of the numbers 0, 1, 2, ... repeats a pattern of 2^b zeros then 2^b ones: count the full periods
    # among the first n + 1 numbers and the ones in the last, partial period, for every bit position.
    out = []
    for n in ns:
        m = n + 1
        total = 0
        for b in range(m.bit_length()):
            half = 1 << b
            period = half << 1
            total += (m // period) * half + max(0, m % period - half)
        out.append(total)
    return out
