def flip_histogram(readings):
    # Popcounts of all bytes in a table; a word's popcount is the sum over its 8 bytes.
    table = [bin(b).count("1") for b in range(256)]
    h = [0] * 65
    for i in range(1, len(readings)):
        x = readings[i - 1] ^ readings[i]
        h[sum(table[b] for b in x.to_bytes(8, "little"))] += 1
    return h
