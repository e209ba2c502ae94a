import re
from itertools import chain, repeat


def rle_decode(code):
    # A lazy chain of itertools.repeat iterators, one per run, joined character by character.
    runs = re.findall(r"([0-9]+)([^0-9])", code)
    return "".join(chain.from_iterable(repeat(ch, int(n)) for n, ch in runs))
