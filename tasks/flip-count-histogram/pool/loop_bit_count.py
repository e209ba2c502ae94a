def flip_histogram(readings):
    h = [0] * 65
    for i in range(1, len(readings)):
        h[(readings[i - 1] ^ readings[i]).bit_count()] += 1
    return h
