def roman_total(numerals):
    # Letter counts over all numerals at once (joined by spaces so no pair spans two numerals); each subtractive
    # pair was counted as the sum of its letters but is worth their difference: take back twice the smaller letter.
    text = " ".join(numerals)
    c = text.count
    letters = (1000 * c("M") + 500 * c("D") + 100 * c("C") + 50 * c("L") + 10 * c("X") + 5 * c("V") + c("I"))
    pairs = 2 * (c("IV") + c("IX")) + 20 * (c("XL") + c("XC")) + 200 * (c("CD") + c("CM"))
    return letters - pairs
