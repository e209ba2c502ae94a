def generate(size, rng):
    # `size` intervals and `size` query points over a range about 20x the count, so that typical points are covered
    # by a few intervals; most intervals are short, some long; a quarter of the points are interval endpoints (where
    # the closed-interval boundaries matter), and a few intervals are single points.
    span = max(20, size * 20)
    lo = rng.randint(-10**9, 10**9 - span)
    intervals = []
    for _ in range(size):
        left = lo + rng.randint(0, span)
        r = rng.random()
        if r < 0.05:
            length = 0
        elif r < 0.85:
            length = rng.randint(1, 60)
        else:
            length = rng.randint(1, span // 8 + 1)
        intervals.append([left, min(left + length, 10**9)])
    points = []
    for _ in range(size):
        if intervals and rng.random() < 0.25:
            points.append(rng.choice(rng.choice(intervals)))
        else:
            points.append(lo + rng.randint(-10, span + 10))
    return [intervals, points]
