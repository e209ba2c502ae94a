CASES = [
    {"args": ["catsanddog", ["cat", "cats", "and", "sand", "dog"]], "expected": 2},
    {"args": ["", ["a"]], "expected": 1},
    {"args": ["", []], "expected": 1},
    {"args": ["abc", []], "expected": 0},
    {"args": ["a", ["a"]], "expected": 1},
    {"args": ["aaaa", ["a", "aa", "a"]], "expected": 5},
    {"args": ["abcd", ["ab", "abc", "d", "cd", "e"]], "expected": 2},
    {"args": ["abcx", ["a", "b", "c"]], "expected": 0},
    {"args": ["日本日本", ["日", "本", "日本"]], "expected": 4},
    {"args": ["a" * 40, ["a", "aa"]], "expected": 165580141},
    {"args": ["a" * 100, ["a", "aa", "aaa"]], "expected": 347873931},
]
