import math


def generate(size, rng, index):
    # A grid of about `size` cells and a string of tilts. The shape, the densities of blocks and stones and the
    # tilts are drawn before the cells, so a seed keeps its regime at every size. Test 0 of a level (the timed and
    # DPE input) is near-square, 0.5 % to 2 % blocks, 20 % to 40 % stones, and four tilts that alternate between the
    # vertical and the horizontal axis; the other tests mix wide, tall and thin shapes, grids without blocks or
    # without stones, dense blocks, and 1 to 8 tilts in any order (repeats and reversals included).
    size = max(1, size)
    if index == 0 or rng.random() < 0.4:
        rows = max(1, math.isqrt(size) + rng.randint(-3, 3))
    elif rng.random() < 0.5:
        rows = rng.randint(1, 3) if rng.random() < 0.5 else max(1, size // rng.randint(1, 3))
    else:
        rows = max(1, int(math.sqrt(size) * rng.uniform(0.2, 5.0)))
    cols = max(1, size // rows)
    if index == 0:
        blocks = rng.uniform(0.005, 0.02)
        stones = rng.uniform(0.2, 0.4)
        vertical = rng.random() < 0.5
        moves = ""
        for i in range(4):
            moves += rng.choice("NS" if (i % 2 == 0) == vertical else "EW")
    else:
        blocks = rng.choice([0.0, 0.01, rng.uniform(0.02, 0.2), 0.5])
        stones = rng.choice([0.0, rng.uniform(0.05, 0.5), 0.9])
        moves = "".join(rng.choice("NESW") for _ in range(rng.randint(1, 8)))
    weights = [blocks, (1.0 - blocks) * stones, (1.0 - blocks) * (1.0 - stones)]
    return [["".join(rng.choices("#O.", weights, k=cols)) for _ in range(rows)], moves]
