from collections import Counter

VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_total(numerals):
    text = " ".join(numerals)
    counts = Counter(text)
    total = sum(VALUES[ch] * k for ch, k in counts.items() if ch in VALUES)
    for pair, back in (("IV", 2), ("IX", 2), ("XL", 20), ("XC", 20), ("CD", 200), ("CM", 200)):
        total -= back * text.count(pair)
    return total
