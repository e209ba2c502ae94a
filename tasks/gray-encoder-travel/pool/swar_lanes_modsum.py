from array import array


def travel(readings):
    n = len(readings)
    if n < 2:
        return 0
    x = int.from_bytes(array("Q", readings).tobytes(), "little")
    low = int.from_bytes(b"\xff\xff\xff\xff\x00\x00\x00\x00" * n, "little")
    for s in (1, 2, 4, 8, 16):
        x ^= (x >> s) & low
    m = n - 1
    a = x >> 64
    b = x & ((1 << (64 * m)) - 1)
    guard = int.from_bytes(b"\x00\x00\x00\x00\x01\x00\x00\x00" * m, "little")
    ones = guard >> 32
    d = (a | guard) - b
    neg = ((d >> 32) & ones) ^ ones
    v = ((d & (low >> 64)) ^ (neg * 0xFFFFFFFF)) + neg
    # 2**64 = 1 (mod 2**64 - 1): the remainder is the sum of the lanes (that sum is below 2**52)
    return v % (2**64 - 1)
