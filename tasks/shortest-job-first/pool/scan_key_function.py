def sjf_order(arrivals, durations):
    # Waiting jobs in a list; each pick compares the jobs' priority keys, built by a helper, against the best so far.
    n = len(arrivals)

    def priority(i):
        return (durations[i], arrivals[i], i)

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
        best = 0
        for j in range(1, len(ready)):
            if priority(ready[j]) < priority(ready[best]):
                best = j
        i = ready.pop(best)
        order.append(i)
        t += durations[i]
    return order
