CASES = [
    {"args": ["ABCBDAB", "BDCABA"], "expected": 4},
    {"args": ["", ""], "expected": 0},
    {"args": ["", "abc"], "expected": 0},
    {"args": ["abc", ""], "expected": 0},
    {"args": ["a", "a"], "expected": 1},
    {"args": ["a", "b"], "expected": 0},
    {"args": ["aaaa", "aa"], "expected": 2},
    {"args": ["abc", "ABC"], "expected": 0},
    {"args": ["abcdef", "fedcba"], "expected": 1},
    {"args": ["日本語のテキスト", "日本のテスト"], "expected": 6},
    {"args": ["ñandú", "nandu"], "expected": 3},
    {"args": ["xyzxyzxyz", "zyxzyxzyx"], "expected": 5},
]
