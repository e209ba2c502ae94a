CASES = [
    {"args": [[3, 1, 2, 3, 0]], "expected": 6},
    {"args": [[]], "expected": 0},
    {"args": [[5]], "expected": 0},
    {"args": [[2, 2, 2, 2]], "expected": 0},
    {"args": [[1, 2, 3, 4, 5, 6]], "expected": 0},
    {"args": [[6, 5, 4, 3, 2, 1]], "expected": 15},
    {"args": [[-1, -3, -2, 0]], "expected": 2},
    {"args": [[10**9, -10**9, 10**9, -10**9]], "expected": 3},
    {"args": [[2, 1] * 3], "expected": 6},
    {"args": [list(range(600, 0, -1))], "expected": 600 * 599 // 2},
]
