def generate(size, rng):
    # Jobs arrive in phases of varying load: in an overloaded phase a queue builds up, an underloaded one drains it
    # (and may leave the processor idle). Durations are heavy-tailed; equal arrival times and durations are common.
    # The job list is shuffled, so arrivals come in no particular order.
    mean_duration = 60.0
    jobs = []
    t = 0
    while len(jobs) < size:
        load = rng.uniform(0.6, 1.15)
        for _ in range(min(rng.randint(100, 1500), size - len(jobs))):
            jobs.append((t, min(10**6, int(rng.paretovariate(1.5) * 20))))
            if rng.random() < 0.8:
                t += int(rng.expovariate(load / mean_duration))
    rng.shuffle(jobs)
    return [[a for a, _ in jobs], [d for _, d in jobs]]
