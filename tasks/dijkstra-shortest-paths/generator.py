def generate(size, rng):
    # A cheap "backbone" path through most nodes in random order, about four times as many random dearer
    # edges (so shortest paths mostly follow long chains of cheap edges), and a few nodes that no edge enters.
    n = max(1, size)
    order = list(range(1, n))
    rng.shuffle(order)
    unreachable = n // 20
    chain = [0] + order[unreachable:]
    edges = []
    for a, b in zip(chain, chain[1:]):
        edges.append((a, b, rng.randint(0, 3)))
    for _ in range(4 * n):
        u = rng.randrange(n)
        v = chain[rng.randrange(len(chain))]
        edges.append((u, v, rng.randint(n, 20 * n)))
    rng.shuffle(edges)
    return [n, edges]
