def _to_roman(v):
    out = ""
    for val, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                     (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while v >= val:
            out += sym
            v -= val
    return out


# All 3999 numerals written out once, by the greedy conversion.
TABLE = {_to_roman(v): v for v in range(1, 4000)}


def roman_total(numerals):
    total = 0
    for s in numerals:
        total += TABLE[s]
    return total
