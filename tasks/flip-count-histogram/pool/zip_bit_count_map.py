def flip_histogram(readings):
    # int.bit_count mapped over the xors of zipped pairs, tallied by a Python loop.
    h = [0] * 65
    for c in map(int.bit_count, [a ^ b for a, b in zip(readings, readings[1:])]):
        h[c] += 1
    return h
