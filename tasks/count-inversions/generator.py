def generate(size, rng):
    n = max(0, size)
    if rng.random() < 0.6:
        nums = [rng.randint(-10**9, 10**9) for _ in range(n)]
    else:
        span = max(1, n // 8)
        nums = [rng.randint(-span, span) for _ in range(n)]     # many equal values
    return [nums]
