def generate(size, rng):
    # A random tree on n = size vertices: vertex i (in a hidden order) hangs below one of the previous `reach`
    # vertices, so small reach gives long paths and large reach bushy trees. Labels and edges are shuffled.
    n = max(1, size)
    reach = rng.choice([2, 5, 50, n])
    order = list(range(n))
    rng.shuffle(order)
    edges = []
    for i in range(1, n):
        p = rng.randint(max(0, i - reach), i - 1)
        u, v = order[i], order[p]
        edges.append([u, v] if rng.random() < 0.5 else [v, u])
    rng.shuffle(edges)
    return [n, edges]
