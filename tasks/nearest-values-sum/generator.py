def generate(size, rng, index):
    # Shape first (the same at every size for a seed): the value spread, where the target lies and m as a fraction
    # of n. Test 0 of a level (the timed and DPE input) uses a wide spread (few ties), a target inside the values and
    # m from 20% to 60% of n. Other tests mix narrow spreads (many duplicates and ties at equal distance), targets
    # outside the values, and m from 0 to n.
    if index == 0:
        spread = 10**9
        target_mode = 0
        frac = 0.2 + 0.4 * rng.random()
    else:
        spread = rng.choice([10, 1000, 10**6, 10**9])
        target_mode = rng.choice([0, 0, 1, 2])
        frac = rng.random()
    t = rng.random()
    m = min(size, int(frac * (size + 1)))
    if target_mode == 0:
        target = int((2 * t - 1) * spread)
    elif target_mode == 1:
        target = -10**9 + int(t * (10**9 - spread))
    else:
        target = 10**9 - int(t * (10**9 - spread))
    nums = [rng.randint(-spread, spread) for _ in range(size)]
    return [nums, target, m]
