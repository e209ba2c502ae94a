def assign_tellers(k, arrivals, durations):
    # Event-time simulation; the line is the customers from `head` to `i` (everyone who arrived and is not seated),
    # so it needs no container at all.
    n = len(arrivals)
    free_at = [0] * k
    who = [0] * n
    head = i = 0
    now = 0
    while head < n:
        while i < n and arrivals[i] <= now:
            i += 1
        for t in range(k):
            if head < i and free_at[t] <= now:
                who[head] = t
                free_at[t] = now + durations[head]
                head += 1
        soon = min((f for f in free_at if f > now), default=None)
        if head < i:
            now = soon
        elif i < n:
            now = arrivals[i] if soon is None else min(soon, arrivals[i])
    return who
