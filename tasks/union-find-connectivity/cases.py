CASES = [
    {"args": [4, [["union", 0, 1], ["connected", 0, 1], ["connected", 1, 2], ["union", 2, 1], ["connected", 0, 2]]],
     "expected": [True, False, True]},
    {"args": [1, []], "expected": []},
    {"args": [1, [["connected", 0, 0]]], "expected": [True]},
    {"args": [3, [["union", 0, 0], ["connected", 0, 1]]], "expected": [False]},
    {"args": [2, [["union", 0, 1], ["union", 1, 0], ["union", 0, 1], ["connected", 1, 0]]], "expected": [True]},
    {"args": [5, [["union", 0, 1], ["union", 2, 3], ["connected", 1, 3], ["union", 1, 2], ["connected", 0, 3],
                  ["connected", 4, 0]]], "expected": [False, True, False]},
    {"args": [6, [["union", 5, 4], ["union", 4, 3], ["union", 3, 2], ["union", 2, 1], ["union", 1, 0],
                  ["connected", 0, 5], ["connected", 5, 0]]], "expected": [True, True]},
    {"args": [3, [["connected", 0, 1], ["connected", 1, 2], ["connected", 2, 2]]], "expected": [False, False, True]},
]
