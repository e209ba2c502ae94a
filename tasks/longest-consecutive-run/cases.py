CASES = [
    {"args": [[10, 4, 20, 1, 3, 2, 4]], "expected": 4},
    {"args": [[]], "expected": 0},
    {"args": [[7]], "expected": 1},
    {"args": [[5, 5, 5, 5]], "expected": 1},
    {"args": [[-2, 0, -1, 2, 1, -3]], "expected": 6},
    {"args": [[10**9, -10**9, 10**9 - 1, -10**9 + 1]], "expected": 2},
    {"args": [[1, 3, 5, 7, 9]], "expected": 1},
    {"args": [[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]], "expected": 10},
    {"args": [[0, 2, 1, 1, 2, 0, 50, 51, 53, 52, 54, 55]], "expected": 6},
]
