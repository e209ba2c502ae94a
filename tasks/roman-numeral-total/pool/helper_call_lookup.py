def _build():
    ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"]
    hundreds = ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"]
    table = {}
    for v in range(1, 4000):
        table["M" * (v // 1000) + hundreds[v // 100 % 10] + tens[v // 10 % 10] + ones[v % 10]] = v
    return table


TABLE = _build()


def value_of(numeral):
    return TABLE[numeral]


def roman_total(numerals):
    return sum(value_of(n) for n in numerals)
