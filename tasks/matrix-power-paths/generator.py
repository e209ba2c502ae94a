def generate(size, rng, index):
    # A graph on k = size nodes (at most 40; 1 to size nodes below size 8) and 5 to 8 queries. The shape (node count
    # below size 8, query count, how many bits the longest length has, edge density) is drawn before the matrix, so a
    # seed keeps its regime at every size. Entries are edge multiplicities: mostly 0 or 1, a few parallel edges (2 or
    # 3), self-loops allowed. The first query's length has exactly `bits` bits; the others are log-uniform below
    # 2**bits (a bit count b drawn first, then a length of b bits), with lengths 0 and 1 and a repeated query mixed
    # in. Test 0 of a level (the timed and DPE input) has 6 queries whose lengths all have at least bits // 2 bits,
    # so the work that sharing the squares saves does not vary much with the seed.
    k = min(40, size) if size >= 8 else rng.randint(1, max(1, size))
    q = 6 if index == 0 else rng.randint(5, 8)
    bits = rng.randint(16, 17)
    min_bits = bits // 2 if index == 0 else 1
    density = rng.uniform(0.15, 0.6)
    adj = []
    for _ in range(k):
        row = []
        for _ in range(k):
            r = rng.random()
            row.append(0 if r >= density else (1 if r < density * 0.9 else rng.randint(2, 3)))
        adj.append(row)
    queries = [(rng.randrange(k), rng.randrange(k), rng.randrange(2 ** (bits - 1), 2 ** bits))]
    while len(queries) < q:
        r = rng.random()
        if r < 0.08 and index:
            length = rng.randint(0, 1)
        elif r < 0.15 and index:
            queries.append(rng.choice(queries))
            continue
        else:
            b = rng.randint(min_bits, bits)
            length = rng.randrange(2 ** (b - 1), 2 ** b)
        queries.append((rng.randrange(k), rng.randrange(k), length))
    return [adj, queries]
