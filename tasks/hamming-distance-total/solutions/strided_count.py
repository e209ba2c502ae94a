_TOP = (1 << 30).__or__


def total_hamming(nums):
    # A pair differs at bit b exactly when one has it set and the other not, so bit b adds c * (n - c), c being how
    # many numbers have it. Setting bit 30 of every number makes every bin() string 33 characters long ("0b1" and
    # 30 bits), so the strings joined form a table whose column for bit b is the strided slice [32 - b::33]. The
    # or, bin and join run in C through map; str.count counts each column in C.
    n = len(nums)
    table = "".join(map(bin, map(_TOP, nums)))
    total = 0
    for start in range(3, 33):
        c = table[start::33].count("1")
        total += c * (n - c)
    return total
