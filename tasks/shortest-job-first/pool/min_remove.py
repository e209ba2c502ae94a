def sjf_order(arrivals, durations):
    # The waiting jobs in a list of tuples; min() finds the best (in C) and remove() takes it out.
    n = len(arrivals)
    jobs = sorted(zip(arrivals, range(n), durations))
    ready = []
    order = []
    t = 0
    k = 0
    while len(order) < n:
        if not ready and jobs[k][0] > t:
            t = jobs[k][0]
        while k < n and jobs[k][0] <= t:
            a, i, d = jobs[k]
            ready.append((d, a, i))
            k += 1
        best = min(ready)
        ready.remove(best)
        order.append(best[2])
        t += best[0]
    return order
