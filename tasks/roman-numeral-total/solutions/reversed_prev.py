def roman_total(numerals):
    # Right to left: a letter worth less than the largest letter seen so far is subtracted, any other added.
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for s in numerals:
        prev = 0
        for ch in reversed(s):
            v = values[ch]
            if v < prev:
                total -= v
            else:
                total += v
                prev = v
    return total
