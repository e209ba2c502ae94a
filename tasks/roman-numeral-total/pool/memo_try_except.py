SYMBOLS = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
_memo = {}


def _convert(s):
    result = 0
    for i, c in enumerate(s):
        v = SYMBOLS[c]
        if i < len(s) - 1 and SYMBOLS[s[i + 1]] > v:
            result -= v
        else:
            result += v
    return result


def roman_total(numerals):
    total = 0
    for s in numerals:
        try:
            total += _memo[s]
        except KeyError:
            value = _memo[s] = _convert(s)
            total += value
    return total
