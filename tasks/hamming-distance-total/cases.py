CASES = [
    {"args": [[4, 14, 2]], "expected": 6},
    {"args": [[]], "expected": 0},
    {"args": [[7]], "expected": 0},
    {"args": [[0, 0, 0]], "expected": 0},
    {"args": [[5, 5, 5, 5]], "expected": 0},
    {"args": [[0, 1]], "expected": 1},
    {"args": [[0, 2**30 - 1]], "expected": 30},
    {"args": [[2**29, 0, 2**29]], "expected": 2},
    {"args": [[1, 2, 4, 8]], "expected": 12},
    {"args": [[0, 1, 2, 3]], "expected": 8},
    {"args": [[2**30 - 1] * 3 + [0] * 2], "expected": 180},
    {"args": [list(range(16))], "expected": 256},
]
