def generate(size, rng):
    # A random DAG over a hidden random order of the nodes: every node but the first gets an edge from a node
    # at most `reach` places earlier, plus about as many extra edges of the same kind, so the set of nodes
    # that are ready at the same time stays around `reach` wide.
    n = max(1, size)
    hidden = list(range(n))
    rng.shuffle(hidden)
    reach = rng.randint(max(1, n // 20), max(1, n // 5))
    edges = []
    for j in range(1, n):
        edges.append((hidden[max(0, j - rng.randint(1, reach))], hidden[j]))
    for _ in range(n):
        i = rng.randrange(n)
        j = i + rng.randint(1, reach)
        if j < n:
            edges.append((hidden[i], hidden[j]))
    rng.shuffle(edges)
    return [n, edges]
