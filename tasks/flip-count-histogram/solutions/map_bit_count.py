from collections import Counter
from itertools import islice
from operator import xor


def flip_histogram(readings):
    # Pairs as two parallel iterators, xor and int.bit_count mapped over them, tallied by Counter: no Python-level
    # step per pair.
    h = [0] * 65
    for k, c in Counter(map(int.bit_count, map(xor, readings, islice(readings, 1, None)))).items():
        h[k] = c
    return h
