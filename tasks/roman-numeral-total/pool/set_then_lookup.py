VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _parse(s):
    total, prev = 0, 0
    for ch in reversed(s):
        v = VALUES[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total


def roman_total(numerals):
    values = {s: _parse(s) for s in set(numerals)}
    return sum(map(values.__getitem__, numerals))
