import re

TOKEN = re.compile(r"CM|CD|XC|XL|IX|IV|[MDCLXVI]")
VALUES = {"M": 1000, "CM": 900, "D": 500, "CD": 400, "C": 100, "XC": 90, "L": 50, "XL": 40, "X": 10, "IX": 9,
          "V": 5, "IV": 4, "I": 1}


def roman_total(numerals):
    text = " ".join(numerals)
    return sum(map(VALUES.__getitem__, TOKEN.findall(text)))
