def generate(size, rng, index):
    # Shape first (the same at every size for a seed): the mean group size, the id range and the value spread.
    # Test 0 of a level (the timed and DPE input) has groups of about 10 to 100 records with ids up to 10**9 and
    # values over the whole range. Other tests mix singleton groups, pairs, a few huge groups and one group, with
    # small or large id ranges and narrow value spreads (many repeats).
    if index == 0:
        mean = rng.randint(10, 100)
        id_range = 10**9
        spread = 10**9
    else:
        mean = rng.choice([1, 2, rng.randint(3, 30), 1000, 10**7])
        id_range = rng.choice([10**6, 10**9])
        spread = rng.choice([3, 1000, 10**9])
    n_groups = max(1, size // mean)
    ids = rng.sample(range(id_range + 1), n_groups)
    groups = [ids[rng.randrange(n_groups)] for _ in range(size)]
    values = [rng.randint(-spread, spread) for _ in range(size)]
    return [groups, values]
