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
        # the shape (noise, direction) is drawn before the numbers, so that one seed gives it at every size
        # (the noise as a fraction of its range: randint's rejection sampling depends on the range's bit length)
        noise = 1 + int(rng.random() * max(1, n // 5))
        reverse = rng.random() < 0.25
        nums = [3 * i + rng.randint(-noise, noise) for i in range(n)]
        if reverse:
            nums.reverse()
    return [nums]
