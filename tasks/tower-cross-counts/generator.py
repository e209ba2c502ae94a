import math


def generate(size, rng, index):
    # A grid of about `size` cells. The shape and the tower density are drawn before the cells, so a seed keeps its
    # regime at every size. Test 0 of a level (the timed and DPE input) is near-square with a density from 0.2 to
    # 0.5; the other tests mix wide, tall and thin (1- to 3-row or -column) shapes and densities from none at all
    # through sparse to full.
    size = max(1, size)
    if index == 0 or rng.random() < 0.4:
        rows = max(1, math.isqrt(size) + rng.randint(-3, 3))
    elif rng.random() < 0.5:
        rows = rng.randint(1, 3) if rng.random() < 0.5 else max(1, size // rng.randint(1, 3))
    else:
        rows = max(1, int(math.sqrt(size) * rng.uniform(0.2, 5.0)))
    cols = max(1, size // rows)
    if index == 0:
        p = rng.uniform(0.2, 0.5)
    else:
        p = rng.choice([0.0, 0.01, rng.random(), 0.9, 1.0])
    weights = [p, 1.0 - p]
    return [["".join(rng.choices("#.", weights, k=cols)) for _ in range(rows)]]
