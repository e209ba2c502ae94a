from collections import Counter


def flip_histogram(readings):
    counts = Counter(bin(readings[i] ^ readings[i - 1]).count("1") for i in range(1, len(readings)))
    return [counts.get(k, 0) for k in range(65)]
