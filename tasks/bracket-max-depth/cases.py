CASES = [
    {"args": ["a(b[c]{d}(e))"], "expected": 2},
    {"args": ["([)]"], "expected": -1},
    {"args": [""], "expected": 0},
    {"args": ["no brackets here"], "expected": 0},
    {"args": ["("], "expected": -1},
    {"args": [")"], "expected": -1},
    {"args": ["()"], "expected": 1},
    {"args": ["()[]{}"], "expected": 1},
    {"args": ["{[()()]}"], "expected": 3},
    {"args": ["(((((((((())))))))))"], "expected": 10},
    {"args": ["(]"], "expected": -1},
    {"args": ["«日本(語)»{ü[ß]}"], "expected": 2},
]
