def total_hamming(nums):
    # For each number, peel off its set bits lowest first (x & -x), so zero bits cost nothing.
    counts = [0] * 31
    for x in nums:
        while x:
            low = x & -x
            counts[low.bit_length()] += 1
            x ^= low
    n = len(nums)
    return sum(c * (n - c) for c in counts)
