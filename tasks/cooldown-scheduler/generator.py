import string


def generate(size, rng):
    # `size` tasks over d distinct labels (d up to 30) with Zipf-like frequencies, so the frequent labels wait out
    # their cooldown while the rare ones fill the gaps; the cooldown is usually below d (few idle units) and sometimes
    # above it (idle stretches near the end).
    dmax = max(2, min(30, size // 4))
    d = rng.randint(max(2, dmax * 2 // 3), dmax)
    labels = set()
    while len(labels) < d:
        labels.add("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 8))))
    labels = sorted(labels)
    rng.shuffle(labels)
    weights = [1.0 / (i + 1) ** 0.7 for i in range(d)]
    tasks = rng.choices(labels, weights, k=size)
    cooldown = rng.randint(0, d - 1) if rng.random() < 0.8 else rng.randint(d, min(200, 2 * d + 5))
    return [tasks, cooldown]
