def generate(size, rng):
    # Long stretches with a lot of palindromic structure (runs of one character and repetitions of a short
    # unit followed by its mirror image), separated by random noise.  Such text has long palindromes around
    # very many centres, which is where growing every centre from scratch gets expensive.
    n = max(0, size)
    longest = max(1, min(n // 3, 3 * int(n ** 0.5)))   # blocks of up to ~3 sqrt(n) characters
    alphabet = rng.choice(["ab", "abc", "acgt", "xyz\u00e9", "\u65e5\u672c\u8a9e"])
    parts = []
    length = 0
    while length < n:
        kind = rng.random()
        if kind < 0.25:
            piece = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        elif kind < 0.55:
            piece = rng.choice(alphabet) * rng.randint(1, longest)
        else:
            unit = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
            block = unit + unit[::-1]
            piece = block * rng.randint(1, max(1, longest // len(block)))
        parts.append(piece)
        length += len(piece)
    return ["".join(parts)[:n]]
