def generate(size, rng):
    # A template of `size` segments: plain text (some of it non-ASCII) followed by a placeholder of a known key
    # (about half), of an unknown name, or brace noise that is no placeholder: empty, capitalised or spaced names,
    # lone braces, a placeholder inside braces, and `{a{x}}` where the inserted value would complete a key's name.
    # Up to a few hundred keys; values are short and sometimes hold braces or look like placeholders.
    nkeys = rng.randint(1, max(1, min(600, size)))
    letters = "abcdefghijklmnopqrstuvwxyz0123456789_"
    keys = set()
    while len(keys) < nkeys:
        keys.add("".join(rng.choice(letters) for _ in range(rng.randint(1, 9))))
    keys = sorted(keys)
    values = {}
    for key in keys:
        kind = rng.random()
        if kind < 0.1:
            values[key] = "{" + rng.choice(keys) + "}"
        elif kind < 0.15:
            values[key] = rng.choice(["{", "}", "", "{}"])
        else:
            values[key] = "".join(rng.choice("xyz \u00e9\u00df{}-0") for _ in range(rng.randint(0, 20)))
    words = ["lorem", "ipsum", "caf\u00e9", "\u65e5\u672c", "dolor", "sit", "amet", ",", ".", "\n", "x"]
    pieces = []
    for _ in range(size):
        pieces.append(" ".join(rng.choice(words) for _ in range(rng.randint(0, 20))))
        kind = rng.random()
        if kind < 0.5:
            pieces.append("{" + rng.choice(keys) + "}")
        elif kind < 0.6:
            pieces.append("{" + "".join(rng.choice(letters) for _ in range(rng.randint(1, 10))) + "}")
        elif kind < 0.7:
            pieces.append("{{" + rng.choice(keys) + "}}")
        elif kind < 0.75:
            key = rng.choice(keys)
            pieces.append("{" + key[:-1] + "{" + key[-1] + "}}")
        else:
            pieces.append(rng.choice(["{}", "{", "}", "{A}", "{a b}", "{\u00e9}", "{K" + rng.choice(keys) + "}",
                                      "{" + rng.choice(keys) + " }", "}{"]))
    return ["".join(pieces), values]
