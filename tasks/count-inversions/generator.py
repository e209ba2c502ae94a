def generate(size, rng):
    n = max(0, size)
    mode = rng.random()
    if mode < 0.5:
        nums = [rng.randint(-10**9, 10**9) for _ in range(n)]
    elif mode < 0.8:
        span = max(1, n // 8)
        nums = [rng.randint(-span, span) for _ in range(n)]     # many equal values
    else:
        # nearly sorted (ascending or descending) with local disorder
        nums = [i + rng.randint(-50, 50) for i in range(n)]
        if rng.random() < 0.5:
            nums.reverse()
    return [nums]
