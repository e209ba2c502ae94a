def count_bits_upto(ns):
    # For each bit position b: among 0..n the bit follows 2^b zeros then 2^b ones; full periods and the
    # partial last period are split with divmod.
    out = []
    for n in ns:
        m = n + 1
        total = 0
        b = 0
        while (1 << b) <= n:
            full, part = divmod(m, 2 << b)
            total += full * (1 << b)
            if part > (1 << b):
                total += part - (1 << b)
            b += 1
        out.append(total)
    return out
