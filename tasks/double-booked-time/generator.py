def generate(size, rng):
    # Shape first: the longest ordinary booking (60 to 120 time units) and the mean number of bookings that cover
    # a time point (0.8 to 1.8), so a seed keeps its regime at every size. The day is as long as that density
    # asks for. Most bookings are ordinary, some are empty (start == end), some repeat an earlier booking exactly
    # (the same slot booked twice), and a few are long (up to 4 times the longest ordinary one).
    max_len = rng.randint(60, 120)
    density = rng.uniform(0.8, 1.8)
    n = max(0, size)
    span = max(1, int(n * (max_len / 2) / density))
    origin = rng.randint(-span, span)
    intervals = []
    for _ in range(n):
        r = rng.random()
        if r < 0.04:
            s = rng.randint(origin, origin + span)
            intervals.append((s, s))
        elif r < 0.10 and intervals:
            intervals.append(rng.choice(intervals))
        else:
            s = rng.randint(origin, origin + span)
            length = rng.randint(1, max_len) if r < 0.98 else rng.randint(max_len, 4 * max_len)
            intervals.append((s, s + length))
    return [intervals]
