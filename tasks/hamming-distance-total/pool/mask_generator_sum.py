def total_hamming(nums):
    # Per bit, count with a generator that yields 1 for each number having the bit.
    n = len(nums)
    total = 0
    mask = 1
    for _ in range(30):
        c = sum(1 for x in nums if x & mask)
        total += c * (n - c)
        mask <<= 1
    return total
