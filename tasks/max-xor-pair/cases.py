CASES = [
    {"args": [[3, 10, 5, 25, 2, 8]], "expected": 28},
    {"args": [[0, 0]], "expected": 0},
    {"args": [[7, 7, 7]], "expected": 0},
    {"args": [[0, 1]], "expected": 1},
    {"args": [[1, 2]], "expected": 3},
    {"args": [[8, 1, 2, 4]], "expected": 12},
    {"args": [[2**40, 2**40 + 5, 3]], "expected": 2**40 + 6},
    {"args": [[2**79 - 1, 0, 2**78]], "expected": 2**79 - 1},
    {"args": [[14, 70, 53, 83, 49, 91, 36, 80, 92, 51, 66, 70]], "expected": 127},
]
