_EXAMPLE = "def f(x):\n    if x:\n        return 1\n\n      y = 2\n    return 0"

CASES = [
    {"args": [_EXAMPLE], "expected": (5, 2, 2, 1)},
    {"args": [""], "expected": (0, 0, 0, 0)},
    {"args": ["   \n\n    "], "expected": (0, 0, 0, 0)},
    {"args": ["x"], "expected": (1, 0, 0, 0)},
    {"args": ["  x"], "expected": (1, 1, 1, 0)},
    {"args": ["a\n b\n  c\n   d\ne"], "expected": (5, 3, 3, 0)},
    {"args": ["a\n    b\n  c\n d\n   e"], "expected": (5, 2, 2, 2)},
    {"args": ["a\n  b\n  c\n      \n  d\n    e\n    f\ng"], "expected": (7, 2, 2, 0)},
    {"args": ["  a\nb\n  c\nd"], "expected": (4, 1, 2, 0)},
    {"args": ["a\n        b\n    c\n  d\n    e"], "expected": (5, 2, 2, 2)},
    {"args": ["caf\u00e9 = 1\n  \u65e5\u672c = 2 \n   "], "expected": (2, 1, 1, 0)},
    {"args": ["x  y\n z  \n  \n z"], "expected": (3, 1, 1, 0)},
]
