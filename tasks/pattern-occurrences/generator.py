def generate(size, rng):
    # Text: a short unit repeated, with scattered single-character defects, so that a pattern cut from it
    # occurs often, overlapping itself, and also produces many long partial matches.  Pattern: a window of the
    # periodic text, sometimes with one character changed.
    n = max(0, size)
    alphabet = rng.choice(["ab", "abc", "acgt", "\u00e9\u00e8", "\u65e5\u672c\u8a9e"])
    unit = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
    text = list((unit * (n // len(unit) + 1))[:n])
    defects = rng.randint(0, max(0, n // 200))
    for _ in range(defects):
        if text:
            text[rng.randrange(len(text))] = rng.choice(alphabet)
    m = rng.randint(1, max(1, int(n ** 0.5)))
    start = rng.randint(0, len(unit) - 1)
    pattern = list((unit * (m // len(unit) + 2))[start:start + m])
    if rng.random() < 0.3:
        pattern[rng.randrange(m)] = rng.choice(alphabet)
    return ["".join(text), "".join(pattern)]
