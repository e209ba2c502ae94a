def generate(size, rng, index):
    # Shape first, so a seed keeps its regime at every size: the number of machines (50 to 100 at test 0, the timed
    # and DPE input; elsewhere few, some hundreds or up to 1000), how the starting loads spread (all zero, small
    # noise, or a wide spread so some machines wait many jobs before their first) and the largest job size (size 1
    # makes ties on every load, large sizes make them rare).
    if index == 0:
        k = rng.randint(50, 100)
    else:
        k = rng.choice([rng.randint(1, 8), rng.randint(9, 200), rng.randint(200, 1000)])
    spread = rng.choice([0, 10, 10**4, 10**6])
    jmax = rng.choice([1, 10, 1000, 10**6]) if index else 1000
    loads = [rng.randint(0, spread) for _ in range(k)]
    jobs = [rng.randint(1, jmax) for _ in range(size)]
    return [loads, jobs]
