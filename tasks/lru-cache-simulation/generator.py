def generate(size, rng):
    # Capacity between 1/50 and 1/10 of the number of operations; keys from a range about twice the capacity,
    # with a "hot" subset that is touched more often, so that hits, misses and evictions all occur.
    n = max(1, size)
    capacity = rng.randint(max(1, n // 50), max(1, n // 10))
    keys = 2 * capacity + 1
    hot = max(1, capacity // 2)
    ops = []
    for _ in range(n):
        key = rng.randrange(hot) if rng.random() < 0.5 else rng.randrange(keys)
        if rng.random() < 0.5:
            ops.append(("get", key))
        else:
            ops.append(("put", key, rng.randint(0, 10**9)))
    return [capacity, ops]
