def total_hamming(nums):
    # A pair differs at bit b exactly when one has it set and the other not: with c numbers having bit b set, bit b
    # adds c * (n - c). The bits are counted number by number, bit by bit.
    counts = [0] * 30
    for x in nums:
        for b in range(30):
            if (x >> b) & 1:
                counts[b] += 1
    n = len(nums)
    return sum(c * (n - c) for c in counts)
