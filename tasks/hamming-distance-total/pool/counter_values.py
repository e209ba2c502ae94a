from collections import Counter


def total_hamming(nums):
    # Equal values are counted once (with their multiplicity), then every distinct value adds its bits.
    n = len(nums)
    counts = [0] * 30
    for x, m in Counter(nums).items():
        b = 0
        while x:
            if x & 1:
                counts[b] += m
            x >>= 1
            b += 1
    return sum(c * (n - c) for c in counts)
