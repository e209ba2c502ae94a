def assign_tellers(k, arrivals, durations):
    # Seat customers in order: start = max(arrival, previous start, earliest free teller); scan for the lowest
    # teller free by then.
    free_at = [0] * k
    res = []
    start = 0
    for a, d in zip(arrivals, durations):
        start = max(start, a, min(free_at))
        for t in range(k):
            if free_at[t] <= start:
                break
        free_at[t] = start + d
        res.append(t)
    return res
