def total_hamming(nums):
    # One list comprehension per bit keeps the numbers that have it; its length is the count.
    n = len(nums)
    total = 0
    for b in range(30):
        mask = 1 << b
        c = len([x for x in nums if x & mask])
        total += c * (n - c)
    return total
