def flip_histogram(readings):
    # Clear the lowest set bit until none is left: one step per flipped bit.
    h = [0] * 65
    for i in range(1, len(readings)):
        x = readings[i] ^ readings[i - 1]
        c = 0
        while x:
            x &= x - 1
            c += 1
        h[c] += 1
    return h
