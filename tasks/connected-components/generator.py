def generate(size, rng):
    # Random edges, between half and one and a half times as many as nodes: near the threshold where one
    # giant component forms, so there are both large components and many small ones.  Some long paths too.
    n = max(0, size)
    if n == 0:
        return [0, []]
    m = rng.randint(n // 2, 3 * n // 2)
    edges = []
    while len(edges) < m:
        if rng.random() < 0.1:
            # a path through a few random nodes
            length = rng.randint(2, 50)
            path = [rng.randrange(n) for _ in range(length)]
            edges.extend(zip(path, path[1:]))
        else:
            edges.append((rng.randrange(n), rng.randrange(n)))
    edges = edges[:m]
    return [n, edges]
