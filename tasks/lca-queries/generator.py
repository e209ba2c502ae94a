def generate(size, rng):
    # A random rooted tree on n = size vertices (root 0): vertex i in a hidden order hangs below one of the
    # previous `reach` vertices (always fairly deep). Other labels are shuffled. q = 2 * size random queries.
    n = max(1, size)
    reach = rng.choice([2, 5, 20, 100])
    order = list(range(1, n))
    rng.shuffle(order)
    order = [0] + order
    parent = [-1] * n
    for i in range(1, n):
        parent[order[i]] = order[rng.randint(max(0, i - reach), i - 1)]
    queries = [[rng.randrange(n), rng.randrange(n)] for _ in range(2 * size)]
    return [parent, queries]
