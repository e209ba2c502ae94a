import math


def generate(size, rng, index):
    # A map of about `size` cells. The shape and the block density are drawn before the cells, so a seed keeps its
    # regime at every size. Test 0 of a level (the timed and DPE input) is near-square with 0.1 % to 0.3 % blocks,
    # so free squares grow large (the largest side about 60 to 110 cells at two million cells); the other tests mix
    # wide, tall and thin shapes, maps without blocks (one big free rectangle), and denser ones up to fully blocked.
    size = max(1, size)
    if index == 0 or rng.random() < 0.4:
        rows = max(1, math.isqrt(size) + rng.randint(-3, 3))
    elif rng.random() < 0.5:
        rows = rng.randint(1, 3) if rng.random() < 0.5 else max(1, size // rng.randint(1, 3))
    else:
        rows = max(1, int(math.sqrt(size) * rng.uniform(0.2, 5.0)))
    cols = max(1, size // rows)
    if index == 0:
        q = rng.uniform(0.001, 0.003)
    else:
        q = rng.choice([0.0, rng.uniform(0.001, 0.02), rng.uniform(0.02, 0.5), 0.9, 1.0])
    return [["".join(rng.choices("#.", [q, 1.0 - q], k=cols)) for _ in range(rows)]]
