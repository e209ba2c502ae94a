_TH = ["", "M", "MM", "MMM"]
_H = ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"]
_T = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"]
_O = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]


def roman_total(numerals):
    # Table of every standard numeral, built on each call; a Python loop adds the looked-up values.
    table = {}
    for i in range(4):
        for j in range(10):
            for k in range(10):
                for m in range(10):
                    table[_TH[i] + _H[j] + _T[k] + _O[m]] = 1000 * i + 100 * j + 10 * k + m
    total = 0
    for s in numerals:
        total += table[s]
    return total
