import re

_COUNT = re.compile(r"([0-9]+)")


def rle_decode(code):
    # Splitting on the counts (kept by the capturing group) leaves ['', count, char, count, char, ...]; the counts
    # are converted, the runs repeated and joined by map and join, so no Python step runs per run or character.
    parts = _COUNT.split(code)
    return "".join(map(str.__mul__, parts[2::2], map(int, parts[1::2])))
