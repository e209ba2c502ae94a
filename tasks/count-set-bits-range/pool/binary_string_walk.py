def count_bits_upto(ns):
    # Walk the binary digits of n from the top; each 1 at position p stands for the 2^p numbers that share the
    # prefix above it and have 0 there.
    out = []
    for n in ns:
        digits = bin(n)[2:]
        length = len(digits)
        total = 0
        ones = 0
        for i, d in enumerate(digits):
            if d == "1":
                p = length - 1 - i
                total += ones * 2 ** p + p * 2 ** p // 2
                ones += 1
        out.append(total + ones)
    return out
