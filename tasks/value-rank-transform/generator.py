def generate(size, rng, index):
    # `size` values drawn from a palette of d distinct values spread over [-10**9, 10**9]. The palette size is drawn
    # first, independent of the size (capped by it), so the levels stay comparable: test 0 of a level (the timed
    # and DPE input) has 60 to 120 distinct values; other tests range from one value repeated to all distinct.
    if index == 0:
        d = rng.randint(60, 120)
    else:
        d = rng.choice([1, rng.randint(2, 10), rng.randint(10, 300), rng.randint(300, 5000), 10**9])
    span = rng.choice([10**9, 10**3]) if index else 10**9
    d = max(1, min(d, size, 2 * span + 1))
    palette = rng.sample(range(-span, span + 1), d)
    nums = [rng.choice(palette) for _ in range(size)]
    return [nums]
