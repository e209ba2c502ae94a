def flip_histogram(readings):
    # The flips of a pair are the one bits of the xor: format it in binary and count the "1" characters.
    h = [0] * 65
    prev = None
    for i, x in enumerate(readings):
        if i:
            h[bin(prev ^ x).count("1")] += 1
        prev = x
    return h
