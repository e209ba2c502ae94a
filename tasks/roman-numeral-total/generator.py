_THOUSANDS = ["", "M", "MM", "MMM"]
_HUNDREDS = ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"]
_TENS = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"]
_ONES = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]


def _roman(v):
    return _THOUSANDS[v // 1000] + _HUNDREDS[v // 100 % 10] + _TENS[v // 10 % 10] + _ONES[v % 10]


_ROMAN = [""] + [_roman(v) for v in range(1, 4000)]


def generate(size, rng, index):
    # The value regime is drawn first, so a seed keeps it at every size. Test 0 of a level (the timed and DPE input)
    # draws values uniformly from 1 to 3999 (numerals of 1 to 15 letters, about 9 on average, every subtractive
    # pair frequent). Other tests favour small values (short numerals), values whose digits are 3, 7 and 8 (the
    # longest numerals), or a few values repeated many times.
    mode = 0 if index == 0 else rng.randint(0, 3)
    if mode == 0:
        values = [rng.randint(1, 3999) for _ in range(size)]
    elif mode == 1:
        values = [rng.randint(1, 120) for _ in range(size)]
    elif mode == 2:
        digits = (3, 7, 8, 8, 4, 9)
        values = [rng.randint(0, 3) * 1000 + rng.choice(digits) * 100 + rng.choice(digits) * 10 + rng.choice(digits)
                  for _ in range(size)]
    else:
        few = [rng.randint(1, 3999) for _ in range(8)]
        values = [rng.choice(few) for _ in range(size)]
    roman = _ROMAN
    return [[roman[v] for v in values]]
