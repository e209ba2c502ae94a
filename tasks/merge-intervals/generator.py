def generate(size, rng):
    # Starts spread over a range about 20 times the count, lengths mostly short with a heavy tail, some empty
    # intervals: the union has many separate pieces and some long merged stretches.
    n = max(0, size)
    span = 20 * n + 10
    intervals = []
    for _ in range(n):
        start = rng.randint(-span, span)
        r = rng.random()
        if r < 0.05:
            length = 0
        elif r < 0.99:
            length = rng.randint(1, 40)
        else:
            length = rng.randint(1, span // 100 + 1)
        intervals.append((start, start + length))
    return [intervals]
