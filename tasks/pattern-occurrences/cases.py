CASES = [
    {"args": ["abababa", "aba"], "expected": 3},
    {"args": ["", "a"], "expected": 0},
    {"args": ["a", "a"], "expected": 1},
    {"args": ["a", "ab"], "expected": 0},
    {"args": ["aaaa", "aa"], "expected": 3},
    {"args": ["aaaaa", "a"], "expected": 5},
    {"args": ["abcabcab", "abcab"], "expected": 2},
    {"args": ["aabaabaaab", "aabaa"], "expected": 2},
    {"args": ["Hello hello HELLO", "hello"], "expected": 1},
    {"args": ["日本日本日本", "日本日"], "expected": 2},
    {"args": ["🙂🙂🙂x🙂🙂", "🙂🙂"], "expected": 3},
    {"args": ["ab" * 500 + "b", "ab" * 100 + "b"], "expected": 1},
]
