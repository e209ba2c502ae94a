CASES = [
    {"args": [["a", "a", "a", "b", "b", "c"], 2], "expected": ["a", "b", "c", "a", "b", "a"]},
    {"args": [[], 3], "expected": []},
    {"args": [["x"], 0], "expected": ["x"]},
    {"args": [["z", "z", "z"], 5], "expected": ["z", "z", "z"]},
    {"args": [["b", "a", "b", "a"], 0], "expected": ["a", "b", "a", "b"]},
    {"args": [["b", "b", "b", "a"], 0], "expected": ["b", "b", "a", "b"]},
    {"args": [["ab", "b", "aa", "b", "ab", "aa"], 1], "expected": ["aa", "ab", "b", "aa", "ab", "b"]},
    {"args": [["q", "p", "q", "q", "p", "r", "s", "q"], 3], "expected": ["q", "p", "r", "s", "q", "p", "q", "q"]},
    {"args": [["a", "a", "b", "c", "d"], 1], "expected": ["a", "b", "a", "c", "d"]},
    {"args": [["m"] * 4 + ["n"] * 4, 200], "expected": ["m", "n", "m", "n", "m", "n", "m", "n"]},
]
