def total_hamming(nums):
    # One generator pass over the numbers per bit.
    n = len(nums)
    total = 0
    for b in range(30):
        c = sum((x >> b) & 1 for x in nums)
        total += c * (n - c)
    return total
