def generate(size, rng):
    # Short words over a small alphabet, so that anagram groups of several words are common and the
    # number of groups grows with the size.
    alphabet = "abcdefgh"
    words = []
    for _ in range(size):
        k = rng.randint(1, 8)
        words.append("".join(rng.choice(alphabet) for _ in range(k)))
    return [words]
