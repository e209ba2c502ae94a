def generate(size, rng):
    n = max(0, size)
    mode = rng.random()
    if mode < 0.4:
        nums = [rng.randint(-10**9, 10**9) for _ in range(n)]
    elif mode < 0.6:
        span = max(1, n // 10)
        nums = [rng.randint(-span, span) for _ in range(n)]          # many repeated values
    else:
        # an increasing trend with noise: long increasing subsequences
        noise = rng.randint(1, max(1, n // 5))
        nums = [3 * i + rng.randint(-noise, noise) for i in range(n)]
        if rng.random() < 0.25:
            nums.reverse()
    return [nums]
