def generate(size, rng):
    # Windows between 1/100 and 1/10 of the list; values random, or following a rising or falling trend with
    # noise (which keeps many candidates alive in a monotonic structure).
    n = max(1, size)
    k = rng.randint(max(1, n // 100), max(1, n // 10))
    mode = rng.random()
    if mode < 0.4:
        nums = [rng.randint(-10**9, 10**9) for _ in range(n)]
    else:
        step = 1 if mode < 0.7 else -1
        nums = [step * 1000 * i + rng.randint(-5000, 5000) for i in range(n)]
    return [nums, k]
