def _total(n):
    """Set bits of 0..n: the numbers below the top bit 2^p of n carry p * 2^(p-1) bits, and the n - 2^p + 1
    numbers from 2^p to n each carry the top bit plus the bits of 0..n - 2^p."""
    if n <= 0:
        return 0
    p = n.bit_length() - 1
    rest = n - (1 << p)
    return p * (1 << p) // 2 + rest + 1 + _total(rest)


def count_bits_upto(ns):
    return [_total(n) for n in ns]
