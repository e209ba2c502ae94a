CASES = [
    {"args": ["kitten", "sitting"], "expected": 3},
    {"args": ["", ""], "expected": 0},
    {"args": ["", "abc"], "expected": 3},
    {"args": ["abc", ""], "expected": 3},
    {"args": ["a", "a"], "expected": 0},
    {"args": ["a", "b"], "expected": 1},
    {"args": ["aaaa", "aa"], "expected": 2},
    {"args": ["flaw", "lawn"], "expected": 2},
    {"args": ["café", "cafe"], "expected": 1},
    {"args": ["日本語", "日本"], "expected": 1},
    {"args": ["🙂🙃", "🙃🙂"], "expected": 2},
    {"args": ["ab" * 40, "ba" * 40], "expected": 2},
]
