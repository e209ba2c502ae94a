def generate(size, rng):
    # Integer points: uniform in a square, or gathered in a few clusters, sometimes with repeated points.
    n = max(2, size)
    span = 10 * n
    if rng.random() < 0.6:
        points = [(rng.randint(-span, span), rng.randint(-span, span)) for _ in range(n)]
    else:
        centres = [(rng.randint(-span, span), rng.randint(-span, span)) for _ in range(rng.randint(2, 8))]
        radius = max(1, span // 10)
        points = []
        for _ in range(n):
            cx, cy = centres[rng.randrange(len(centres))]
            points.append((cx + rng.randint(-radius, radius), cy + rng.randint(-radius, radius)))
    if rng.random() < 0.2:
        points[rng.randrange(n)] = points[rng.randrange(n)]
    return [points]
