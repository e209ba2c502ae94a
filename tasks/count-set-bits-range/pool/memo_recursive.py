from functools import lru_cache


@lru_cache(maxsize=None)
def _total(n):
    """Set bits of 0..n by peeling off the top bit, memoised across queries."""
    if n <= 0:
        return 0
    p = n.bit_length() - 1
    rest = n - 2 ** p
    return p * 2 ** p // 2 + rest + 1 + _total(rest)


def count_bits_upto(ns):
    return [_total(n) for n in ns]
