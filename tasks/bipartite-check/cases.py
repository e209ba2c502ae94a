CASES = [
    {"args": [4, [[0, 1], [1, 2], [2, 3], [3, 0]]], "expected": True},
    {"args": [3, [[0, 1], [1, 2], [2, 0]]], "expected": False},
    {"args": [1, []], "expected": True},
    {"args": [5, []], "expected": True},
    {"args": [1, [[0, 0]]], "expected": False},
    {"args": [2, [[0, 1], [1, 0], [0, 1]]], "expected": True},
    {"args": [6, [[0, 1], [2, 3], [3, 4], [4, 2]]], "expected": False},
    {"args": [7, [[5, 6], [0, 1], [1, 2], [2, 3], [3, 4], [4, 0]]], "expected": False},
    {"args": [8, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 0], [0, 4]]], "expected": False},
    {"args": [8, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 0], [0, 3], [2, 5]]], "expected": True},
    {"args": [4, [[3, 2], [1, 0], [2, 2]]], "expected": False},
]
