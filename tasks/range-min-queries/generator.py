def generate(size, rng):
    # n = size values, q = size queries with random bounds (so ranges are long on average).
    n = max(1, size)
    a = [rng.randint(-10**9, 10**9) for _ in range(n)]
    queries = []
    for _ in range(size):
        l = rng.randrange(n)
        r = rng.randrange(n)
        if l > r:
            l, r = r, l
        queries.append([l, r])
    return [a, queries]
