def assign_tellers(k, arrivals, durations):
    # Event by event: at each event time, first let arrivals up to now join the line, then seat the head of the line
    # at the lowest free teller while both exist. The line is a list popped at the front.
    n = len(arrivals)
    free_at = [0] * k
    result = [0] * n
    line = []
    i = 0
    time = 0
    served = 0
    while served < n:
        while i < n and arrivals[i] <= time:
            line.append(i)
            i += 1
        seated = False
        for t in range(k):
            if line and free_at[t] <= time:
                c = line.pop(0)
                result[c] = t
                free_at[t] = time + durations[c]
                served += 1
                seated = True
        if seated:
            continue
        # Nothing to do now: jump to the next moment something changes (an arrival or a teller getting free).
        upcoming = [f for f in free_at if f > time]
        if i < n:
            upcoming.append(arrivals[i])
        time = min(upcoming)
    return result
