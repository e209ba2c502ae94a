def flip_histogram(readings):
    # Count the differing bits of each pair one at a time: test the lowest bit, shift right, until nothing is left.
    h = [0] * 65
    for i in range(1, len(readings)):
        x = readings[i - 1] ^ readings[i]
        c = 0
        while x:
            c += x & 1
            x >>= 1
        h[c] += 1
    return h
