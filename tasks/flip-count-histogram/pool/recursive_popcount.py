def popcount(x):
    if x == 0:
        return 0
    return (x & 1) + popcount(x >> 1)


def flip_histogram(readings):
    h = [0] * 65
    for i in range(1, len(readings)):
        h[popcount(readings[i] ^ readings[i - 1])] += 1
    return h
