_M34 = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
CASES = [
    {"args": [_M34], "expected": 580},
    {"args": [[]], "expected": 0},
    {"args": [[[7]]], "expected": 7},
    {"args": [[[1, 2, 3]]], "expected": 14},
    {"args": [[[1], [2], [3]]], "expected": 14},
    {"args": [[[1, 2], [3, 4]]], "expected": 29},
    {"args": [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]], "expected": 257},
    {"args": [[[1, 2], [3, 4], [5, 6], [7, 8]]], "expected": 182},
    {"args": [[[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]]], "expected": 365},
    {"args": [[[-999, 999], [0, -1], [5, 5]]], "expected": 1041},
    {"args": [[[r * 7 + c for c in range(7)] for r in range(5)]]},
    {"args": [[[r * 4 + c for c in range(4)] for r in range(9)]]},
    {"args": [[[3, 3, 3], [3, 3, 3], [3, 3, 3], [3, 3, 3]]], "expected": 234},
]
