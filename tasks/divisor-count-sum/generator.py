def generate(size, rng):
    # n between size/2 and size.
    return [rng.randint(max(1, size // 2), size)]
