CASES = [
    {"args": ["3a1b2c4d"], "expected": "aaabccdddd"},
    {"args": [""], "expected": ""},
    {"args": ["1x"], "expected": "x"},
    {"args": ["12a"], "expected": "a" * 12},
    {"args": ["2z3\n"], "expected": "zz\n\n\n"},
    {"args": ["2 1a2 "], "expected": "  a  "},
    {"args": ["1a1b1a1b"], "expected": "abab"},
    {"args": ["3\u00e92\u20ac1\u00df"], "expected": "\u00e9\u00e9\u00e9\u20ac\u20ac\u00df"},
    {"args": ["2a3a"], "expected": "aaaaa"},
    {"args": ["100b1c1000b"], "expected": "b" * 100 + "c" + "b" * 1000},
    {"args": ["10\t101-"], "expected": "\t" * 10 + "-" * 101},
    {"args": ["1\u0663"], "expected": "\u0663"},
]
