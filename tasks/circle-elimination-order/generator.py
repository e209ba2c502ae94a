def generate(size, rng, index):
    # Shape first, so a seed keeps its regime at every level: the number of games, the share of the one big game,
    # every game's weight in the rest, and every game's kind of k (its step as a fraction of n, or a raw value).
    # Test 0 of a level (the timed and DPE input) has a big game of 80-90% of the people with a huge k, so that the
    # step (k - 1) mod m is spread over the whole circle: removals land anywhere, as in general.
    others = rng.randint(4, 12)
    big_share = rng.uniform(0.8, 0.9) if index == 0 else rng.uniform(0.2, 0.85)
    weights = [rng.random() for _ in range(others)]
    kinds = [rng.randrange(4) for _ in range(others)]
    fractions = [rng.random() for _ in range(others)]
    big_k = rng.randint(10**8, 10**9) if index == 0 else rng.choice([rng.randint(1, 3), rng.randint(10**8, 10**9)])
    big_n = round(size * big_share)
    rest = size - big_n
    total_w = sum(weights)
    games = [[big_n, big_k]]
    used = 0
    for w, kind, frac in zip(weights, kinds, fractions):
        n = min(rest - used, int(rest * w / total_w))
        used += n
        if kind == 0:
            k = 1 + int(frac * 5)                       # 1..5: every few people
        elif kind == 1:
            k = 6 + int(frac * 995)                     # 6..1000
        elif kind == 2:
            k = 1 + int(frac * 3 * n)                   # up to three laps of the circle
        else:
            k = 1 + int(frac * (10**9 - 1))             # anything
        games.append([n, k])
    # the big game goes to a seeded position among the others
    pos = rng.randrange(len(games))
    games.insert(pos, games.pop(0))
    return [games]
