def _runs_before(a, b, arrivals, durations):
    """True if job a should start before job b: shorter first, then earlier arrival, then smaller index."""
    if durations[a] != durations[b]:
        return durations[a] < durations[b]
    if arrivals[a] != arrivals[b]:
        return arrivals[a] < arrivals[b]
    return a < b


def sjf_order(arrivals, durations):
    # Waiting jobs in a list; each pick walks it with a comparison helper to find the job that runs next.
    n = len(arrivals)
    by_arrival = sorted(range(n), key=lambda i: (arrivals[i], i))
    ready = []
    order = []
    t = 0
    k = 0
    while len(order) < n:
        while k < n and arrivals[by_arrival[k]] <= t:
            ready.append(by_arrival[k])
            k += 1
        if not ready:
            t = arrivals[by_arrival[k]]
            continue
        best = ready[0]
        for j in ready:
            if _runs_before(j, best, arrivals, durations):
                best = j
        ready.remove(best)
        order.append(best)
        t += durations[best]
    return order
