# Every numeral of standard form, 1 to 3999, is one choice of thousands, hundreds, tens and ones: a table of all
# 4000 (with the empty string for 0) built from the four digit columns.
_TH = ["", "M", "MM", "MMM"]
_H = ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"]
_T = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"]
_O = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
_TABLE = {a + b + c + d: 1000 * i + 100 * j + 10 * k + m
          for i, a in enumerate(_TH) for j, b in enumerate(_H) for k, c in enumerate(_T) for m, d in enumerate(_O)}


def roman_total(numerals):
    # One dict lookup per numeral (the bound __getitem__ of the table), mapped and summed in C.
    return sum(map(_TABLE.__getitem__, numerals))
