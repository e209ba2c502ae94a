def generate(size, rng):
    n = max(1, size)
    nums = [rng.randint(-10**9, 10**9) for _ in range(n)]
    queries = []
    for _ in range(n):
        a, b = rng.randrange(n), rng.randrange(n)
        queries.append((a, b) if a <= b else (b, a))
    return [nums, queries]
