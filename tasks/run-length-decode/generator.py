def generate(size, rng):
    # The run-length encoding of a text of exactly `size` characters: runs of mixed lengths (a third short, most of
    # medium length, some long) over a small alphabet with a space, a newline and non-ASCII letters; neighbouring
    # runs never share a character.
    alphabet = "abcdefgh \n\u00e9\u00df\u20ac"
    out = []
    total = 0
    prev = ""
    while total < size:
        ch = rng.choice(alphabet)
        while ch == prev:
            ch = rng.choice(alphabet)
        r = rng.random()
        if r < 0.3:
            length = rng.randint(1, 3)
        elif r < 0.85:
            length = rng.randint(4, 60)
        else:
            length = rng.randint(61, 400)
        length = min(length, size - total)
        out.append(f"{length}{ch}")
        total += length
        prev = ch
    return ["".join(out)]
