def total_hamming(nums):
    # f-strings built in a list comprehension; zip(*rows) yields the bit columns.
    n = len(nums)
    if not n:
        return 0
    rows = [f"{x:030b}" for x in nums]
    return sum(col.count("1") * (n - col.count("1")) for col in zip(*rows))
