CASES = [
    {"args": [[7, -2, 9, 4, 4], 3], "expected": 4},
    {"args": [[42], 1], "expected": 42},
    {"args": [[5, 5, 5, 5], 4], "expected": 5},
    {"args": [[4, 4, 1], 2], "expected": 4},
    {"args": [[3, 1, 2], 1], "expected": 1},
    {"args": [[3, 1, 2], 3], "expected": 3},
    {"args": [[-1, -10, -5, -7], 2], "expected": -7},
    {"args": [[10**9, -10**9, 0, 10**9], 4], "expected": 10**9},
    {"args": [[10**9, -10**9, 0, 10**9], 1], "expected": -10**9},
    {"args": [[9, 8, 7, 6, 5, 4, 3, 2, 1, 0], 6], "expected": 5},
]
CASES += [
    {"args": [[1, 2] * 400, 400], "expected": 1},
    {"args": [[7] * 1000, 999], "expected": 7},
]
