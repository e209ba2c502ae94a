import math


def generate(size, rng, index):
    # A matrix of about `size` cells. Test 0 of a level (the timed and DPE input) is near-square, so there are many
    # rings of every length; the other tests mix in wide, tall and thin (1- to 3-row or -column) shapes, where the
    # last ring is a single row or column.
    size = max(1, size)
    if index == 0 or rng.random() < 0.4:
        rows = max(1, math.isqrt(size) + rng.randint(-3, 3))
    elif rng.random() < 0.5:
        rows = rng.randint(1, 3) if rng.random() < 0.5 else max(1, size // rng.randint(1, 3))
    else:
        rows = max(1, int(math.sqrt(size) * rng.uniform(0.2, 5.0)))
    cols = max(1, size // rows)
    return [[[rng.randint(-999, 999) for _ in range(cols)] for _ in range(rows)]]
