def int_sqrt(n):
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def open_lockers(ranges):
    result = 0
    for lo, hi in ranges:
        result += int_sqrt(hi) - int_sqrt(lo - 1)
    return result
