def generate(size, rng):
    n = rng.randint(max(0, size * 3 // 4), max(0, size))
    return [n]
