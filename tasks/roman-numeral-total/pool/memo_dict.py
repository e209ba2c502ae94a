VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _value(s):
    total = 0
    prev = 0
    for ch in reversed(s):
        v = VALUES[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total


def roman_total(numerals):
    # Each different numeral is parsed once (at most 3999 of them); repeats are one dict lookup in a Python loop.
    cache = {}
    total = 0
    for s in numerals:
        v = cache.get(s)
        if v is None:
            v = cache[s] = _value(s)
        total += v
    return total
