def generate(size, rng):
    # Prose-like text: words from a Zipf-like vocabulary of made-up words, mixed case, with punctuation, digits,
    # contractions and line breaks between them. Returns about `size` characters.
    k = rng.choice([1, 10, 100, 1000])   # drawn first, so that one seed gives the same k at every size
    vocab_size = max(20, min(30000, size // 50))
    letters = "etaoinshrdlucmfwypvbgkjqxz"
    vocab = set()
    while len(vocab) < vocab_size:
        n = rng.randint(1, 14)
        vocab.add("".join(letters[min(25, int(rng.expovariate(0.25)))] for _ in range(n)))
    vocab = sorted(vocab)
    rng.shuffle(vocab)
    weights = [1.0 / (i + 1) for i in range(len(vocab))]
    seps = [" "] * 12 + [", ", ". ", "\n", " - ", "'s ", "; ", " (", ") ", "! ", "? ", " 42 ", "\"", "..."]
    out = []
    total = 0
    while total < size:
        chunk = rng.choices(vocab, weights, k=64)
        for w in chunk:
            r = rng.random()
            if r < 0.1:
                w = w.capitalize()
            elif r < 0.12:
                w = w.upper()
            piece = w + rng.choice(seps)
            out.append(piece)
            total += len(piece)
    return ["".join(out)[:size], k]
