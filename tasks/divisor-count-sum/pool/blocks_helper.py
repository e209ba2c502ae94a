def _block(n, k):
    """The block of k's sharing the quotient n // k: (quotient, last k of the block)."""
    q = n // k
    return q, n // q


def divisor_count_sum(n):
    # Sum of n // k over k = 1..n by blocks of equal quotients, each found by a helper returning a tuple.
    total = 0
    k = 1
    while k <= n:
        q, last = _block(n, k)
        total += q * (last - k + 1)
        k = last + 1
    return total
