CASES = [
    {"args": [[2, 1, 2, 1], [100, 19, 27, 25]], "expected": 127},
    {"args": [[], []], "expected": 0},
    {"args": [[1], [5]], "expected": 5},
    {"args": [[10 ** 9], [10 ** 9]], "expected": 10 ** 9},
    {"args": [[1, 1, 1], [3, 9, 4]], "expected": 9},
    {"args": [[3, 3, 3], [3, 9, 4]], "expected": 16},
    {"args": [[1, 2, 3], [1, 1, 1]], "expected": 3},
    {"args": [[2, 2, 2, 2], [7, 7, 7, 7]], "expected": 14},
    # the high-paying job with a late deadline must not take the only early slot
    {"args": [[1, 5], [10, 50]], "expected": 60},
    {"args": [[4, 1, 1, 1, 4, 4, 4], [20, 10, 40, 30, 1, 2, 3]], "expected": 40 + 20 + 3 + 2},
    {"args": [[10 ** 9] * 5 + [1], [1, 2, 3, 4, 5, 6]], "expected": 21},
    {"args": [[i % 7 + 1 for i in range(50)], [(i * 37) % 101 + 1 for i in range(50)]]},
    {"args": [[(i * 13) % 9 + 1 for i in range(40)], [10 ** 9 - i % 3 for i in range(40)]]},
]
