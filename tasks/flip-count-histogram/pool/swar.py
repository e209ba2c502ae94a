M1 = 0x5555555555555555
M2 = 0x3333333333333333
M4 = 0x0F0F0F0F0F0F0F0F
ONES = 0x0101010101010101
MASK = 2 ** 64 - 1


def flip_histogram(readings):
    # The classic branch-free popcount: sum adjacent bit pairs, then nibbles, then bytes, gathered by a multiply.
    h = [0] * 65
    for i in range(1, len(readings)):
        x = readings[i - 1] ^ readings[i]
        x -= (x >> 1) & M1
        x = (x & M2) + ((x >> 2) & M2)
        x = (x + (x >> 4)) & M4
        h[((x * ONES) & MASK) >> 56] += 1
    return h
