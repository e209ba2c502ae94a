def total_hamming(nums):
    # Each number as a 30-character binary string; zip(*rows) turns the rows into bit columns, counted in C.
    n = len(nums)
    if n == 0:
        return 0
    rows = []
    for x in nums:
        rows.append(format(x, "030b"))
    total = 0
    for column in zip(*rows):
        c = column.count("1")
        total += c * (n - c)
    return total
