import heapq


def sjf_order(arrivals, durations):
    # New arrivals are appended to the ready list, which is heapified again before every pick.
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
        heapq.heapify(ready)
        d, a, i = heapq.heappop(ready)
        order.append(i)
        t += d
    return order
