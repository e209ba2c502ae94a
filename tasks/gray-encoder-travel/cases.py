def _g(p):
    return p ^ (p >> 1)


CASES = [
    {"args": [[2, 7, 0, 2**31]], "expected": 4294967302},
    {"args": [[]], "expected": 0},
    {"args": [[0]], "expected": 0},
    {"args": [[2**31]], "expected": 0},
    {"args": [[0, 1]], "expected": 1},
    {"args": [[1, 0]], "expected": 1},
    {"args": [[0, 2**31]], "expected": 2**32 - 1},
    {"args": [[2**31, 0, 2**31]], "expected": 2 * (2**32 - 1)},
    {"args": [[5, 5, 5, 5]], "expected": 0},
    {"args": [[_g(p) for p in range(100)]], "expected": 99},
    {"args": [[_g(p) for p in range(100, -1, -1)]], "expected": 100},
    {"args": [[_g(2**31 - 1), _g(2**31)]], "expected": 1},
    {"args": [[_g(2**32 - 1), _g(0), _g(2**32 - 1)]], "expected": 2 * (2**32 - 1)},
    {"args": [[_g((i * 2654435761) % 2**32) for i in range(40)]]},
    {"args": [[(i * 40503) ** 2 % 2**32 for i in range(64)]]},
]
