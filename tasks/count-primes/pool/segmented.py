def count_primes(n):
    # Segmented sieve: small primes first, then blocks of 65536 numbers, each cleared prime by prime.
    if n < 3:
        return 0
    root = int(n ** 0.5) + 1
    small = bytearray([1]) * (root + 1)
    small[0] = small[1] = 0
    for p in range(2, int(root ** 0.5) + 1):
        if small[p]:
            small[p * p::p] = bytes(len(range(p * p, root + 1, p)))
    primes = [p for p in range(2, root + 1) if small[p]]
    count = 0
    block = 65536
    for lo in range(0, n, block):
        hi = min(lo + block, n)
        seg = bytearray([1]) * (hi - lo)
        for p in primes:
            if p * p >= hi:
                break
            start = max(p * p, (lo + p - 1) // p * p)
            if start < hi:
                seg[start - lo::p] = bytes(len(range(start, hi, p)))
        if lo == 0:
            seg[0] = 0
            if hi > 1:
                seg[1] = 0
        count += seg.count(1)
    return count
