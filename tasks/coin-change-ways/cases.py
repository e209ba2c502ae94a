CASES = [
    {"args": [[1, 2, 5], 5], "expected": 4},
    {"args": [[], 0], "expected": 1},
    {"args": [[], 7], "expected": 0},
    {"args": [[3], 0], "expected": 1},
    {"args": [[2], 3], "expected": 0},
    {"args": [[7], 7], "expected": 1},
    {"args": [[10, 100], 5], "expected": 0},
    {"args": [[5, 2, 1], 5], "expected": 4},
    {"args": [[2, 3, 5, 6], 10], "expected": 5},
    {"args": [[1], 1000], "expected": 1},
    {"args": [[2, 1], 1000], "expected": 501},
    {"args": [[1, 2, 3], 1000], "expected": 83834},
]
