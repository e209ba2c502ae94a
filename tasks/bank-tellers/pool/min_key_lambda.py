def assign_tellers(k, arrivals, durations):
    # For each customer pick the teller minimising (time it can start, teller number) with min and a key function.
    free_at = [0] * k
    out = []
    last = 0
    for a, d in zip(arrivals, durations):
        ready = max(a, last)
        t = min(range(k), key=lambda j: (max(free_at[j], ready), j))
        last = max(free_at[t], ready)
        free_at[t] = last + d
        out.append(t)
    return out
