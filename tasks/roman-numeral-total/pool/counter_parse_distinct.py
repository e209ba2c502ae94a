from collections import Counter

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(s):
    total = 0
    for i in range(len(s)):
        if i + 1 < len(s) and ROMAN[s[i]] < ROMAN[s[i + 1]]:
            total -= ROMAN[s[i]]
        else:
            total += ROMAN[s[i]]
    return total


def roman_total(numerals):
    # Parse each distinct numeral once and multiply by how often it occurs.
    return sum(roman_to_int(s) * count for s, count in Counter(numerals).items())
