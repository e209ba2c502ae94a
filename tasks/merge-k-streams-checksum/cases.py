M = (1 << 61) - 1

CASES = [
    {"args": [[[1, 4], [], [1, 2]]], "expected": 85},
    {"args": [[]], "expected": 0},
    {"args": [[[]]], "expected": 0},
    {"args": [[[], [], []]], "expected": 0},
    {"args": [[[5]]], "expected": 5},
    {"args": [[[-3]]], "expected": M - 3},
    {"args": [[[0, 0, 0, 0, 0]]], "expected": 0},
    {"args": [[[2, 2], [2]]], "expected": 27},
    {"args": [[[1], [1], [1]]], "expected": 26},
    {"args": [[[-5, 0], [-5]]], "expected": M - 28},
    {"args": [[[10**12], [-10**12]]], "expected": 2 * 10**12 + 1},
    {"args": [[[], [7, 7, 7], [], [7]]], "expected": 4 * 7 * 10 + 1 * 1 + 2 * 1 + 3 * 1 + 4 * 3},
    {"args": [[[10**12] * 50, [10**12] * 50, [-10**12] * 50]]},
    {"args": [[list(range(-20, 20, 3)), list(range(-19, 21, 2)), [], list(range(-25, 30, 5)), [0] * 7]]},
    {"args": [[sorted((i * i) % 17 - 8 for i in range(j)) for j in range(12)]]},
]
