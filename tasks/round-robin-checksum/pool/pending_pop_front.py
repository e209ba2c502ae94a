def round_robin_checksum(arrivals, bursts, quantum):
    # Both the arrivals still to come and the ready queue are plain lists consumed with pop(0).
    n = len(arrivals)
    pending = sorted(range(n), key=lambda i: (arrivals[i], i))
    remaining = list(bursts)
    finish = [0] * n
    ready = []
    t = 0
    while pending or ready:
        if not ready:
            t = max(t, arrivals[pending[0]])
        while pending and arrivals[pending[0]] <= t:
            ready.append(pending.pop(0))
        p = ready.pop(0)
        run = min(quantum, remaining[p])
        t += run
        remaining[p] -= run
        while pending and arrivals[pending[0]] <= t:
            ready.append(pending.pop(0))
        if remaining[p] > 0:
            ready.append(p)
        else:
            finish[p] = t
    return sum((i + 1) * finish[i] for i in range(n))
