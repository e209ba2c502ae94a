def divisor_count_sum(n):
    # Sum of n // k over k = 1..n by blocks of equal quotients; the blocks are collected first as
    # (start, end, quotient) triples, then summed.
    blocks = []
    k = 1
    while k <= n:
        q = n // k
        last = n // q
        blocks.append((k, last, q))
        k = last + 1
    total = 0
    for start, end, q in blocks:
        total += (end - start + 1) * q
    return total
