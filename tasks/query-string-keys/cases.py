_EXAMPLE = "https://a.io/s?q=x&lang=en&q=y#top\nhttp://b.org/p&q=1?lang=fr&&=z&debug\nhttps://c.net/?#q=5"

CASES = [
    {"args": [_EXAMPLE], "expected": (5, 3, "lang", 2)},
    {"args": [""], "expected": (0, 0, "", 0)},
    {"args": ["http://x.io/path"], "expected": (0, 0, "", 0)},
    {"args": ["http://x.io/?"], "expected": (0, 0, "", 0)},
    {"args": ["?a"], "expected": (1, 1, "a", 1)},
    {"args": ["x?b=1&a=2\ny?a=3&b=4"], "expected": (4, 2, "a", 2)},
    {"args": ["u?k=v?k=w&k?=1"], "expected": (2, 2, "k", 1)},
    {"args": ["u#frag?a=1\nv?b=2#c=3&d=4"], "expected": (1, 1, "b", 1)},
    {"args": ["u?a==b&a=&=&==&&&a"], "expected": (3, 1, "a", 3)},
    {"args": ["u?A=1&a=2&a%20b=3&a+b=4&A"], "expected": (5, 4, "A", 2)},
    {"args": ["u?z&y&x\nv?x&y&z"], "expected": (6, 3, "x", 2)},
    {"args": ["?\n?\n#\n&\n=\n?&=#"], "expected": (0, 0, "", 0)},
    {"args": ["mailto:me@x.io?subject=hi&body=a;b,c&cc=(x)&to=y!z'w"], "expected": (4, 4, "body", 1)},
]
