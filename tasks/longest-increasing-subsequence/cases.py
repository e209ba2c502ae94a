CASES = [
    {"args": [[5, 1, 4, 2, 3, 3, 8]], "expected": 4},
    {"args": [[]], "expected": 0},
    {"args": [[7]], "expected": 1},
    {"args": [[2, 2, 2, 2]], "expected": 1},
    {"args": [[1, 2, 3, 4, 5]], "expected": 5},
    {"args": [[5, 4, 3, 2, 1]], "expected": 1},
    {"args": [[-3, -1, -2, 0, -5, 1]], "expected": 4},
    {"args": [[10**9, -10**9, 0, 10**9]], "expected": 3},
    {"args": [[0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]], "expected": 6},
    {"args": [[1, 1, 2, 2, 3, 3]], "expected": 3},
]
