def generate(size, rng, index):
    # The mix of operations and the range of values are drawn first, so a seed keeps its regime at every size.
    # Test 0 of a level (the timed and DPE input) pops a little more often than it pushes, so the stack keeps
    # coming back to empty (a few dozen elements deep on average, at every size), and queries often; values up to
    # 10**9. Other tests draw the mix (some with a stack that keeps growing) and the value range (tiny ranges give
    # many equal values, ties for the minimum).
    if index == 0:
        p_push, p_dup, p_pop, top = 0.31, 0.04, 0.36, 10**9
    else:
        p_push = 0.15 + 0.3 * rng.random()
        p_dup = 0.15 * rng.random()
        p_pop = 0.1 + 0.3 * rng.random()
        top = rng.choice([3, 100, 10**6, 10**9])
    ops = []
    depth = 0
    rand = rng.random
    for _ in range(size):
        r = rand()
        if depth == 0 or r < p_push:
            ops.append(rng.randint(0, top))
            depth += 1
        elif r < p_push + p_dup:
            ops.append(-2)
            depth += 1
        elif r < p_push + p_dup + p_pop:
            ops.append(-1)
            depth -= 1
        else:
            ops.append(-3)
    return [ops]
