def assign_tellers(k, arrivals, durations):
    # Seat customers in order; build the list of tellers free at the start time and take its first one.
    free_at = [0] * k
    result = []
    start = 0
    for i in range(len(arrivals)):
        start = max(start, arrivals[i])
        if min(free_at) > start:
            start = min(free_at)
        free_now = [t for t in range(k) if free_at[t] <= start]
        t = free_now[0]
        free_at[t] = start + durations[i]
        result.append(t)
    return result
