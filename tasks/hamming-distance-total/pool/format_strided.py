_FMT = "{:030b}".format


def total_hamming(nums):
    # All numbers formatted as 30-character binary strings (str.format parses its spec on every call) into one
    # string; column b is the strided slice [b::30].
    n = len(nums)
    table = "".join(map(_FMT, nums))
    total = 0
    for b in range(30):
        c = table[b::30].count("1")
        total += c * (n - c)
    return total
