def generate(size, rng):
    # About `size` cells: a rows x cols grid of random land with density 0.3-0.6 (near the percolation threshold
    # islands get large and winding).
    rows = max(1, int(size ** 0.5) * 2 // 3)
    cols = max(1, size // rows)
    p = rng.uniform(0.3, 0.6)
    grid = ["".join("1" if rng.random() < p else "0" for _ in range(cols)) for _ in range(rows)]
    return [grid]
