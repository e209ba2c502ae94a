def round_robin_checksum(arrivals, bursts, quantum):
    # A plain list as the ready queue: every slice takes its head with pop(0), which shifts the whole queue.
    n = len(arrivals)
    procs = sorted(range(n), key=lambda i: (arrivals[i], i))
    remaining = list(bursts)
    finish = [0] * n
    queue = []
    t = 0
    k = 0
    while k < n or queue:
        if not queue:
            t = max(t, arrivals[procs[k]])
            while k < n and arrivals[procs[k]] <= t:
                queue.append(procs[k])
                k += 1
        p = queue.pop(0)
        run = min(quantum, remaining[p])
        t += run
        remaining[p] -= run
        while k < n and arrivals[procs[k]] <= t:
            queue.append(procs[k])
            k += 1
        if remaining[p] > 0:
            queue.append(p)
        else:
            finish[p] = t
    return sum((i + 1) * f for i, f in enumerate(finish))
