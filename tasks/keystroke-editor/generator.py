def generate(size, rng):
    # Text typed in bursts of a few words, with cursor moves and backspaces between them. Most moves are short
    # corrections; a few jump far back (or forward), and left and right moves balance, so the cursor wanders inside
    # a long text instead of staying at its end.
    alphabet = "abcdefghijklmnopqrstuvwxyz     eéß"
    parts = []
    total = 0
    while total < size:
        r = rng.random()
        if r < 0.55:
            run = "".join(rng.choice(alphabet) for _ in range(rng.randint(3, 40)))
        elif r < 0.95:
            far = rng.random() < 0.08
            run = ("<" if r < 0.75 else ">") * (rng.randint(100, 800) if far else rng.randint(1, 10))
        else:
            run = "#" * rng.randint(1, 5)
        parts.append(run)
        total += len(run)
    return ["".join(parts)[:size]]
