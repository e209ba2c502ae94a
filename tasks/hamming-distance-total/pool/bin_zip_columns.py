def total_hamming(nums):
    # Fixed-width bin() strings (bit 30 set on every number), transposed with zip(*rows) into tuples of characters.
    n = len(nums)
    if not n:
        return 0
    rows = list(map(bin, (x | (1 << 30) for x in nums)))
    total = 0
    for column in list(zip(*rows))[3:]:
        c = column.count("1")
        total += c * (n - c)
    return total
