VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _value(s):
    vals = [VALUES[c] for c in s]
    return sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))


def roman_total(numerals):
    # Parse each distinct numeral once, then weight it by its count.
    counts = {}
    for s in numerals:
        counts[s] = counts.get(s, 0) + 1
    return sum(_value(s) * k for s, k in counts.items())
