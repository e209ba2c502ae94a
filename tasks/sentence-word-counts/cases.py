CASES = [
    {"args": ["Dr. Smith met Mr. Jones. They talked!  \"Really?\" Yes (twice) 3.14 times", ["Dr.", "Mr."]],
     "expected": 28},
    {"args": ["", ["Dr."]], "expected": 0},
    {"args": ["   \n\t  ", []], "expected": 0},
    {"args": ["word", []], "expected": 1},
    {"args": ["Stop.", []], "expected": 1},
    {"args": [". . .", []], "expected": 1 + 2 + 3},
    {"args": ["a b c", []], "expected": 3},
    # an abbreviation at the very end: the text ends the sentence
    {"args": ["see e.g.", ["e.g."]], "expected": 2},
    # the exact word only: closers or capitals make it an ordinary word
    {"args": ["ask Dr.) now DR. yes Dr.", ["Dr."]], "expected": 2 + 2 * 2 + 3 * 2},
    {"args": ["one. two. three.", ["two.", "two."]], "expected": 1 + 2 * 2},
    # closers are stripped from the end only, in any mix
    {"args": ["He said \"go.\")' then 'why?' and \"no!\"x done", []], "expected": 3 + 2 * 2 + 3 * 3},
    {"args": ["Why?! Because... fine.\n\nNext line?", []], "expected": 1 + 2 + 3 + 4 * 2},
    # non-ASCII letters and whitespace (no-break space, ideographic space)
    {"args": ["Caf\u00e9\u00a0cr\u00e8me. \u65e5\u672c\u3000\u8a9e! na\u00efve?", []], "expected": 2 + 2 * 2 + 3 * 1},
    {"args": ["x.y 3.5 www.example.com\tend", ["x."]], "expected": 4},
    {"args": ["No. 5 is late. Prof. Lee agrees.", ["No."]], "expected": 4 + 2 * 1 + 3 * 2},
    {"args": ["\"\"\" ))) '''", []], "expected": 3},
]
