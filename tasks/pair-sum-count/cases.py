CASES = [
    {"args": [[1, 5, 7, -1, 5], 6], "expected": 3},
    {"args": [[], 0], "expected": 0},
    {"args": [[3], 6], "expected": 0},
    {"args": [[3, 3], 6], "expected": 1},
    {"args": [[2, 2, 2, 2], 4], "expected": 6},
    {"args": [[-5, 5, -5, 5], 0], "expected": 4},
    {"args": [[10**9, -10**9, 0], 0], "expected": 1},
    {"args": [[1, 2, 3], 100], "expected": 0},
]
