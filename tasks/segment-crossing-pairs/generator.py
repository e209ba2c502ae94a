def generate(size, rng):
    # `size` horizontal segments and size // 8 vertical ones on the square [-10**6, 10**6]^2. The shape parameters
    # (grid step, how the lengths mix) are drawn before any coordinate, so a seed keeps its regime at every size.
    # Horizontals are mostly long (a quarter of the side or more: many are open at once for a sweep), verticals
    # mostly short or medium, with a few long ones; both include points (zero-length segments). Coordinates are
    # snapped to a grid of step `step`, so endpoints touch and equal heights and positions repeat.
    n = size
    m = size // 8 if size >= 64 else rng.randint(0, size)
    step = rng.choice([1, 7, 1000])
    long_h = rng.uniform(0.7, 0.9)
    long_v = rng.uniform(0.005, 0.015)
    side = 2 * 10**6 // step
    low = -(10**6 // step)

    def span(length):
        a = rng.randint(low, low + side - length)
        return a * step, (a + length) * step

    horizontals = []
    for _ in range(n):
        r = rng.random()
        if r < long_h:
            length = rng.randint(side // 4, side)
        elif r < 0.97:
            length = rng.randint(0, side // 50)
        else:
            length = 0
        x1, x2 = span(length)
        horizontals.append((rng.randint(low, low + side) * step, x1, x2))
    verticals = []
    for _ in range(m):
        r = rng.random()
        if r < long_v:
            length = rng.randint(0, side)
        elif r < 0.35:
            length = rng.randint(0, side // 20)
        elif r < 0.97:
            length = rng.randint(0, side // 100)
        else:
            length = 0
        y1, y2 = span(length)
        verticals.append((rng.randint(low, low + side) * step, y1, y2))
    return [horizontals, verticals]
