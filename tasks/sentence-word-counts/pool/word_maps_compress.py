from itertools import compress, repeat
from operator import gt

_CLOSERS = "\"')"
_ENDS = (".", "!", "?")


def sentence_checksum(text, abbreviations):
    # Per-word work mapped in C: rstrip of the closers, endswith and the abbreviation lookup, then compress keeps
    # the positions of the sentence-ending words; the checksum comes from those positions.
    words = text.split()
    n = len(words)
    stripped = map(str.rstrip, words, repeat(_CLOSERS))
    ending = map(str.endswith, stripped, repeat(_ENDS))
    flags = map(gt, ending, map(set(abbreviations).__contains__, words))
    total = 0
    prev = -1
    k = 0
    for e in compress(range(n), flags):
        k += 1
        total += k * (e - prev)
        prev = e
    return total + (k + 1) * (n - 1 - prev)
