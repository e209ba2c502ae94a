def _build():
    thousands = ["", "M", "MM", "MMM"]
    hundreds = ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"]
    tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"]
    ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    return {thousands[v // 1000] + hundreds[v // 100 % 10] + tens[v // 10 % 10] + ones[v % 10]: v
            for v in range(1, 4000)}


ROMAN_VALUES = _build()


def roman_total(numerals):
    total = 0
    for numeral in numerals:
        # Defensive normalisation before the table lookup.
        key = numeral.strip().upper()
        if key in ROMAN_VALUES:
            total += ROMAN_VALUES[key]
    return total
