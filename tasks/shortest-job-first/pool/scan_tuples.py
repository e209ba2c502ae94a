def sjf_order(arrivals, durations):
    # Waiting jobs as (duration, arrival, index) tuples in a list; each pick scans it for the smallest tuple.
    n = len(arrivals)
    jobs = sorted(zip(arrivals, range(n), durations))
    ready = []
    order = []
    t = 0
    k = 0
    while len(order) < n:
        while k < n and jobs[k][0] <= t:
            a, i, d = jobs[k]
            ready.append((d, a, i))
            k += 1
        if not ready:
            t = jobs[k][0]
            continue
        best = 0
        for j in range(1, len(ready)):
            if ready[j] < ready[best]:
                best = j
        d, a, i = ready.pop(best)
        order.append(i)
        t += d
    return order
