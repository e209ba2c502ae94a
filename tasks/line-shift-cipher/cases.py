CASES = [
    {"args": ["Hello, World!\nabc xyz\nZ9\n", "bd"], "expected": "Ifmmp, Xpsme!\ndef abc\nA9\n"},
    {"args": ["", "key"], "expected": ""},
    {"args": ["\n\n\n", "abc"], "expected": "\n\n\n"},
    {"args": ["abc", "a"], "expected": "abc"},
    {"args": ["xyz XYZ", "c"], "expected": "zab ZAB"},
    {"args": ["z\nz\nz", "zab"], "expected": "y\nz\na"},
    {"args": ["1234 ...!?", "q"], "expected": "1234 ...!?"},
    # only "\n" ends a line: "\r", "\x0b", "\x1c", "\x85" and "\u2028" do not start a new shift
    {"args": ["a\rb\x0bc\x1cd\x85e\u2028f\ng", "bc"], "expected": "b\rc\x0bd\x1ce\x85f\u2028g\ni"},
    # non-ASCII letters are copied
    {"args": ["caf\u00e9 \u00c9t\u00e9\n\u65e5\u672c Zz", "bb"],
     "expected": "dbg\u00e9 \u00c9u\u00e9\n\u65e5\u672c Aa"},
    {"args": ["[`{@]\n", "q"], "expected": "[`{@]\n"},
    {"args": ["Line\n" * 5, "abcde"], "expected": "Line\nMjof\nNkpg\nOlqh\nPmri\n"},
    {"args": ["The quick brown fox", "z" * 100], "expected": "Sgd pthbj aqnvm enw"},
    {"args": ["a\nb\nc\nd", "abcdefghijklmnopqrstuvwxyz"]},
]
