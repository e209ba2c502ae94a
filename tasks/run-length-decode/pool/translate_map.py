from operator import mul

_DIGITS = {c: None for c in range(48, 58)}


def rle_decode(code):
    # Deleting the digits leaves the run characters in order; turning every run character into a space leaves the
    # counts for split(). Counts are converted, the runs repeated and joined by map and join: every step runs in C,
    # none per run or per character in Python.
    chars = code.translate(_DIGITS)
    counts = code.translate(dict.fromkeys(map(ord, set(chars)), " ")).split()
    return "".join(map(mul, chars, map(int, counts)))
