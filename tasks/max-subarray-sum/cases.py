CASES = [
    {"args": [[-2, 1, -3, 4, -1, 2, 1, -5, 4]], "expected": 6},
    {"args": [[7]], "expected": 7},
    {"args": [[-7]], "expected": -7},
    {"args": [[-3, -1, -2]], "expected": -1},
    {"args": [[0, 0, 0]], "expected": 0},
    {"args": [[5, 5, 5, 5]], "expected": 20},
    {"args": [[3, -10, 3]], "expected": 3},
    {"args": [[2, -1, 2, -1, 2]], "expected": 4},
    {"args": [[10**9, 10**9, -10**9, 10**9]], "expected": 2 * 10**9},
    {"args": [[-10**9, -10**9]], "expected": -10**9},
]
