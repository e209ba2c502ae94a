def generate(size, rng):
    # n = size items, capacity ~ 5n; a mix of light items and heavy ones (up to a third of the capacity).
    n = size
    capacity = rng.randint(max(1, 5 * size // 2), 5 * size)
    weights = []
    for _ in range(n):
        if rng.random() < 0.6:
            weights.append(rng.randint(1, max(1, capacity // 50)))
        else:
            weights.append(rng.randint(1, max(1, capacity // 3)))
    values = [rng.randint(0, 10**6) for _ in range(n)]
    return [weights, values, capacity]
