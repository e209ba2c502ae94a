def generate(size, rng):
    # The value range is drawn first, so a seed keeps it at every size: non-negative costs, mixed signs, or mostly
    # negative. Then a triangle of about `size` cells (the most rows R with R * (R + 1) / 2 <= size).
    lo, hi = rng.choice([(0, 10**4), (-10**4, 10**4), (-10**4, 100)])
    rows = 0
    while (rows + 1) * (rows + 2) // 2 <= size:
        rows += 1
    return [[[rng.randint(lo, hi) for _ in range(r + 1)] for r in range(rows)]]
