def generate(size, rng):
    # n = size vertices. Most of them are split at random into two sides with ~1.2 edges per vertex across the
    # sides (a giant component plus many small ones). In half of the tests the last few vertices form a separate
    # odd cycle whose edges come last, so the graph is not bipartite but every method has to look at nearly all
    # of it to find out; in the other half they form an even cycle.
    n = max(1, size)
    k = min(n, 2 * rng.randint(1, 5) + (1 if rng.random() < 0.5 else 0))
    body = n - k
    side = [rng.random() < 0.5 for _ in range(body)]
    left = [v for v in range(body) if side[v]]
    right = [v for v in range(body) if not side[v]]
    edges = []
    if left and right:
        for _ in range(body * 6 // 5):
            u = rng.choice(left)
            v = rng.choice(right)
            edges.append([u, v] if rng.random() < 0.5 else [v, u])
    ring = list(range(body, n))
    rng.shuffle(ring)
    if k >= 3:
        for i in range(k):
            edges.append([ring[i], ring[(i + 1) % k]])
    return [n, edges]
