def generate(size, rng):
    # `size` jobs. Most deadlines fall in 1..size // 4, so about three jobs compete for every useful time unit and most
    # offers are turned down; a few are far in the future (up to 10**9, more than any schedule needs). Profits come
    # from a wide range, with runs of equal pay so ties are common.
    dmax = max(1, size // 4)
    deadlines = []
    profits = []
    for _ in range(size):
        r = rng.random()
        if r < 0.9:
            deadlines.append(rng.randint(1, dmax))
        elif r < 0.97:
            deadlines.append(rng.randint(1, max(1, size)))
        else:
            deadlines.append(rng.randint(size + 1, 10 ** 9))
        if rng.random() < 0.2 and profits:
            profits.append(rng.choice(profits))
        else:
            profits.append(rng.randint(1, 10 ** 9 if rng.random() < 0.8 else 100))
    return [deadlines, profits]
