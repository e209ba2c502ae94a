def generate(size, rng):
    # A roughly size x size torus with random soup (density 0.2-0.5), run for 4 * size steps.
    rows = max(1, size + rng.randint(-size // 8, size // 8))
    cols = max(1, size + rng.randint(-size // 8, size // 8))
    p = rng.uniform(0.2, 0.5)
    board = ["".join("#" if rng.random() < p else "." for _ in range(cols)) for _ in range(rows)]
    return [board, 4 * size]
