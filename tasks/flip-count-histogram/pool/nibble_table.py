NIBBLE = (0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4)


def flip_histogram(readings):
    h = [0] * 65
    for i in range(1, len(readings)):
        x = readings[i - 1] ^ readings[i]
        c = 0
        while x:
            c += NIBBLE[x & 15]
            x >>= 4
        h[c] += 1
    return h
