CASES = [
    {"args": [[[7, 3], [4, 1], [0, 5]]], "expected": [108, 30, 0]},
    {"args": [[]], "expected": []},
    {"args": [[[0, 1]]], "expected": [0]},
    {"args": [[[1, 1]]], "expected": [1]},
    {"args": [[[1, 10**9]]], "expected": [1]},
    # 2 people, k = 2: order 2, 1 -> 2*1 + 1*2 = 4; k = 3: order 1, 2 -> 1 + 4 = 5
    {"args": [[[2, 2], [2, 3]]], "expected": [4, 5]},
    # 5 people, k = 2: order 2, 4, 1, 5, 3 -> 2 + 8 + 3 + 20 + 15 = 48
    {"args": [[[5, 2]]], "expected": [48]},
    # k = n + 1 behaves like k = 1 on the first removal: 4 people, k = 5: order 1, 3, 4, 2 -> 1 + 6 + 12 + 8 = 27
    {"args": [[[4, 5]]], "expected": [27]},
    # duplicate games give duplicate checksums
    {"args": [[[7, 3], [7, 3], [7, 3]]], "expected": [108, 108, 108]},
    # k = 1: label order, sum of squares
    {"args": [[[10, 1]]], "expected": [385]},
    {"args": [[[6, 10**9], [6, 999999999], [6, 6]]]},
    {"args": [[[n, k] for n in range(0, 13) for k in (1, 2, 3, 7, 12, 13, 1000000007)]]},
    {"args": [[[300, 17], [257, 256], [128, 10**9], [99, 2]]]},
]
