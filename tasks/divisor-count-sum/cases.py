CASES = [
    {"args": [6], "expected": 14},
    {"args": [0], "expected": 0},
    {"args": [1], "expected": 1},
    {"args": [2], "expected": 3},
    {"args": [3], "expected": 5},
    {"args": [4], "expected": 8},
    {"args": [10], "expected": 27},
    {"args": [16], "expected": 50},
    {"args": [100], "expected": 482},
    {"args": [1000], "expected": 7069},
]
