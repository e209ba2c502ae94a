CASES = [
    {"args": [20], "expected": 8},
    {"args": [0], "expected": 0},
    {"args": [1], "expected": 0},
    {"args": [2], "expected": 0},
    {"args": [3], "expected": 1},
    {"args": [4], "expected": 2},
    {"args": [25], "expected": 9},
    {"args": [26], "expected": 9},
    {"args": [100], "expected": 25},
    {"args": [7920], "expected": 1000},
    {"args": [100000], "expected": 9592},
]
