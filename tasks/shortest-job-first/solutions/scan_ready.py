def sjf_order(arrivals, durations):
    # Jobs in arrival order; the waiting jobs sit in a plain list that is scanned for the best one at every pick.
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
        best = 0
        for j in range(1, len(ready)):
            a, b = ready[j], ready[best]
            if (durations[a], arrivals[a], a) < (durations[b], arrivals[b], b):
                best = j
        i = ready.pop(best)
        order.append(i)
        t += durations[i]
    return order
