from collections import Counter

_TH = ["", "M", "MM", "MMM"]
_H = ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"]
_T = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"]
_O = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
_TABLE = {a + b + c + d: 1000 * i + 100 * j + 10 * k + m
          for i, a in enumerate(_TH) for j, b in enumerate(_H) for k, c in enumerate(_T) for m, d in enumerate(_O)}


def roman_total(numerals):
    # At most 3999 different numerals: count them in C, then weight each one's table value by its count.
    return sum([_TABLE[s] * k for s, k in Counter(numerals).items()])
