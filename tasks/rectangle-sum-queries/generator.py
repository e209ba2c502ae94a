import math


def generate(size, rng):
    # `size` queries on a square-ish matrix of about 16 * size cells (979 x 979 at the top level). Most rectangles
    # are small (sides up to 16), some larger (sides up to 120), a few are single cells, whole rows or columns.
    side = max(1, math.isqrt(size * 16))
    rows = max(1, min(1000, side + rng.randint(-side // 50, side // 50)))
    cols = max(1, min(1000, side * side // rows))
    grid = [[rng.randint(-1000, 1000) for _ in range(cols)] for _ in range(rows)]
    queries = []
    for _ in range(size):
        kind = rng.random()
        if kind < 0.99:
            limit = 16 if kind < 0.93 else 120
            h = rng.randint(1, min(limit, rows))
            w = rng.randint(1, min(limit, cols))
            r1 = rng.randint(0, rows - h)
            c1 = rng.randint(0, cols - w)
            queries.append([r1, c1, r1 + h - 1, c1 + w - 1])
        else:
            r = rng.randrange(rows)
            c = rng.randrange(cols)
            queries.append(rng.choice([[r, c, r, c], [r, 0, r, cols - 1], [0, c, rows - 1, c]]))
    return [grid, queries]
