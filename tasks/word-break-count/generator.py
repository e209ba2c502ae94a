def generate(size, rng):
    # A dictionary of 40-120 short words over a 3-letter alphabet (so segmentations are plentiful), and a text made
    # by concatenating dictionary words; sometimes one character is changed, which may make it unsegmentable.
    alphabet = "abc"
    count = rng.randint(40, 120)
    words = set()
    while len(words) < count:
        k = rng.randint(1, 8)
        words.add("".join(rng.choice(alphabet) for _ in range(k)))
    words = sorted(words)
    rng.shuffle(words)
    parts = []
    total = 0
    while total < size:
        w = rng.choice(words)
        parts.append(w)
        total += len(w)
    s = "".join(parts)
    if s and rng.random() < 0.2:
        i = rng.randrange(len(s))
        s = s[:i] + rng.choice(alphabet) + s[i + 1:]
    return [s, words]
