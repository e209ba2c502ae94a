import math


def generate(size, rng, index):
    # A board of about `size` cells: near-square on test 0 of a level (the timed and DPE input), else any shape from
    # a single row or column to 5:1. Stamp sides are drawn up to a limit of 10 to 24 (per test), and there are as many
    # stamps as put about 30 stamps over an average cell, so the cover depth is the same at every size. One stamp in
    # 2000 is a whole row or column, one in 50 repeats an earlier stamp, and k is drawn around the depth.
    # Shape parameters are drawn first, so one seed keeps the shape at every size.
    size = max(1, size)
    shape = rng.random()
    aspect = rng.uniform(0.2, 5.0)
    limit = rng.randint(10, 24)
    k = rng.randint(15, 45)
    if index == 0 or shape < 0.5:
        rows = max(1, math.isqrt(size) + rng.randint(-2, 2))
    elif shape < 0.7:
        rows = 1 if shape < 0.6 else size
    else:
        rows = max(1, int(math.sqrt(size) * aspect))
    rows = min(rows, size)
    cols = max(1, size // rows)
    side_r, side_c = min(limit, rows), min(limit, cols)
    mean_area = (side_r + 1) * (side_c + 1) / 4
    count = max(1, round(30 * rows * cols / mean_area))
    stamps = []
    for _ in range(count):
        x = rng.random()
        if stamps and x < 0.02:
            stamps.append(list(rng.choice(stamps)))
        elif x < 0.0205:
            r = rng.randrange(rows)
            c = rng.randrange(cols)
            stamps.append(rng.choice([[r, 0, r, cols - 1], [0, c, rows - 1, c]]))
        else:
            h = rng.randint(1, side_r)
            w = rng.randint(1, side_c)
            r1 = rng.randint(0, rows - h)
            c1 = rng.randint(0, cols - w)
            stamps.append([r1, c1, r1 + h - 1, c1 + w - 1])
    return [rows, cols, stamps, k]
