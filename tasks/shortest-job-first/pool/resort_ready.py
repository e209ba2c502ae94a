def sjf_order(arrivals, durations):
    # The waiting list is re-sorted (descending) after each batch of arrivals; the best job is popped off the end.
    n = len(arrivals)
    jobs = sorted(range(n), key=lambda i: arrivals[i])
    ready = []
    order = []
    t = 0
    k = 0
    while len(order) < n:
        if not ready and arrivals[jobs[k]] > t:
            t = arrivals[jobs[k]]
        added = False
        while k < n and arrivals[jobs[k]] <= t:
            i = jobs[k]
            ready.append((durations[i], arrivals[i], i))
            k += 1
            added = True
        if added:
            ready.sort(reverse=True)
        d, _, i = ready.pop()
        order.append(i)
        t += d
    return order
