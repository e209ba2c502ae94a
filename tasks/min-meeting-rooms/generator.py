def generate(size, rng):
    # Start times spread over a day-like range, lengths from very short to long; shared endpoints are common.
    horizon = max(10, size * 5)
    meetings = []
    for _ in range(size):
        start = rng.randint(0, horizon)
        if rng.random() < 0.8:
            length = rng.randint(1, 50)
        else:
            length = rng.randint(1, horizon // 4 + 1)
        meetings.append([start, start + length])
    return [meetings]
