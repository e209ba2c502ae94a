CASES = [
    {"args": ["xabacabay"], "expected": 7},
    {"args": [""], "expected": 0},
    {"args": ["q"], "expected": 1},
    {"args": ["ab"], "expected": 1},
    {"args": ["aaaa"], "expected": 4},
    {"args": ["abccbx"], "expected": 4},
    {"args": ["Aa"], "expected": 1},
    {"args": ["été"], "expected": 3},
    {"args": ["日本日本本日"], "expected": 4},
    {"args": ["🙂a🙂b🙂a🙂"], "expected": 7},
    {"args": ["abcdefg"], "expected": 1},
    {"args": ["ab" * 50 + "c"], "expected": 99},
]
