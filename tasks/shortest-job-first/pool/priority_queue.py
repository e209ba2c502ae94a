from queue import PriorityQueue


def sjf_order(arrivals, durations):
    # The thread-safe queue.PriorityQueue as the ready queue.
    n = len(arrivals)
    jobs = sorted(range(n), key=lambda i: (arrivals[i], i))
    ready = PriorityQueue()
    order = []
    t = 0
    k = 0
    while len(order) < n:
        if ready.empty() and arrivals[jobs[k]] > t:
            t = arrivals[jobs[k]]
        while k < n and arrivals[jobs[k]] <= t:
            i = jobs[k]
            ready.put((durations[i], arrivals[i], i))
            k += 1
        d, _, i = ready.get()
        order.append(i)
        t += d
    return order
