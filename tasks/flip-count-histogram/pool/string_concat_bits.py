def flip_histogram(readings):
    # Build the xor's binary digits by hand, then count the ones.
    h = [0] * 65
    for i in range(1, len(readings)):
        x = readings[i - 1] ^ readings[i]
        s = ""
        while x:
            s = str(x % 2) + s
            x //= 2
        h[s.count("1")] += 1
    return h
