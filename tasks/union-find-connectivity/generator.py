def generate(size, rng):
    # n = size elements and 2 * size operations, about 65% unions and 35% queries, interleaved. Some unions
    # join neighbours in a hidden order (building long chains), the others join random pairs.
    n = max(1, size)
    order = list(range(n))
    rng.shuffle(order)
    ops = []
    for _ in range(2 * size):
        if rng.random() < 0.65:
            if rng.random() < 0.5:
                i = rng.randrange(n)
                j = min(n - 1, i + 1)
                a, b = order[i], order[j]
            else:
                a, b = rng.randrange(n), rng.randrange(n)
            ops.append(["union", a, b])
        else:
            ops.append(["connected", rng.randrange(n), rng.randrange(n)])
    return [n, ops]
