def _ones_at(m, b):
    """How many of the numbers 0..m-1 have bit b set."""
    period = 2 ** (b + 1)
    half = period // 2
    full, rest = divmod(m, period)
    return full * half + max(0, rest - half)


def count_bits_upto(ns):
    return [sum(_ones_at(n + 1, b) for b in range(n.bit_length())) for n in ns]
