CASES = [
    {"args": [[40, 10, 20, 10, -5]], "expected": 30},
    {"args": [[]], "expected": 0},
    {"args": [[5]], "expected": 1},
    {"args": [[-10**9]], "expected": 1},
    {"args": [[7, 7, 7]], "expected": 6},
    {"args": [[40, 10, 20, 30]], "expected": 24},
    {"args": [[-5, 3, -5, 0]], "expected": 18},
    {"args": [[10**9, -10**9, 0]], "expected": 11},
    {"args": [list(range(1, 11))], "expected": 385},
    {"args": [list(range(10, 0, -1))], "expected": 220},
    {"args": [[0, -1, 0, -1, 0]], "expected": 2 * 1 + 1 * 2 + 2 * 3 + 1 * 4 + 2 * 5},
    # 1 * 1 + 2 * 2 + ... + 2000 * 2000 = 2,668,667,000, reduced modulo 10**9 + 7.
    {"args": [list(range(-1000, 1000))], "expected": 668666986},
    {"args": [[3, 1, 2] * 1000]},
    {"args": [[(i * 7919) % 1009 - 504 for i in range(3000)]]},
]
