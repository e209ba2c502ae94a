def total_hamming(nums):
    # Binary strings formatted in a Python loop and appended to a list, joined, then counted column by column.
    n = len(nums)
    parts = []
    for x in nums:
        parts.append(format(x, "030b"))
    table = "".join(parts)
    total = 0
    for b in range(30):
        c = table[b::30].count("1")
        total += c * (n - c)
    return total
