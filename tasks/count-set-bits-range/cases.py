CASES = [
    {"args": [[0, 3, 5]], "expected": [0, 4, 7]},
    {"args": [[]], "expected": []},
    {"args": [[0]], "expected": [0]},
    {"args": [[1]], "expected": [1]},
    {"args": [[2, 2, 2]], "expected": [2, 2, 2]},
    {"args": [[7, 8]], "expected": [12, 13]},
    {"args": [[15, 16, 17]], "expected": [32, 33, 35]},
    {"args": [[1023]], "expected": [5120]},
    {"args": [[2**12 - 1, 2**12]], "expected": [12 * 2**11, 12 * 2**11 + 1]},
    {"args": [[100, 1000]], "expected": [319, 4938]},
]
