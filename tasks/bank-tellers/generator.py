def generate(size, rng):
    # `size` customers and k tellers; the day alternates quiet spells (tellers often idle, so the lowest-numbered
    # free teller matters) with rush hours where customers arrive faster than the tellers serve them and the line
    # grows to thousands. Equal arrival times are common.
    k = rng.randint(2, 12) if size > 20 else rng.randint(1, 4)
    mean_service = rng.randint(20, 200)
    arrivals, durations = [], []
    t = rng.randint(0, 10**6)
    while len(arrivals) < size:
        phase = min(size - len(arrivals), rng.randint(max(1, size // 40), max(2, size // 8)))
        load = rng.choice([0.5, 0.8, 1.3, 1.6])  # offered load: arrival rate * mean service / k
        gap = mean_service / (k * load)
        for _ in range(phase):
            if rng.random() > 0.1:
                t += int(rng.expovariate(1.0 / gap))
            arrivals.append(t)
            durations.append(max(1, int(rng.expovariate(1.0 / mean_service))))
    return [k, arrivals, durations]
