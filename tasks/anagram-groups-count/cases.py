CASES = [
    {"args": [["listen", "silent", "enlist", "google", "gogole", "cat"]], "expected": 3},
    {"args": [[]], "expected": 0},
    {"args": [["a"]], "expected": 1},
    {"args": [[""]], "expected": 1},
    {"args": [["", "", "a", "a"]], "expected": 2},
    {"args": [["abc", "abc", "cba", "bca"]], "expected": 1},
    {"args": [["aab", "abb", "bab", "aba"]], "expected": 2},
    {"args": [["Ab", "ba", "ab", "BA"]], "expected": 3},
    {"args": [["été", "tée", "éte", "ete", "日本", "本日", "日"]], "expected": 5},
    {"args": [["ab", "abab", "ba", "baba", "aabb"]], "expected": 2},
]
