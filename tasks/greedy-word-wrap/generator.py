def generate(size, rng):
    # Prose of about `size` characters: short and medium words (some non-ASCII, some with punctuation), a few very
    # long ones that exceed narrow widths, separated by runs of spaces, tabs and newlines; leading and trailing
    # whitespace. The width is between 20 and 120.
    letters = "etaoinshrdlucmfwypvbgkjqxz\u00e9\u00fc"
    seps = [" "] * 20 + ["  ", "\n", "\t", " \n ", "\n\n"]
    out = [rng.choice(["", " ", "\n"])]
    total = 0
    while total < size:
        r = rng.random()
        if r < 0.01:
            n = rng.randint(20, 160)
        else:
            n = 1 + min(14, int(rng.expovariate(0.22)))
        word = "".join(rng.choice(letters) for _ in range(n))
        if rng.random() < 0.15:
            word += rng.choice(".,;:!?")
        piece = word + rng.choice(seps)
        out.append(piece)
        total += len(piece)
    return ["".join(out), rng.randint(20, 120)]
