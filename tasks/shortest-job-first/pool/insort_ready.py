from bisect import insort


def sjf_order(arrivals, durations):
    # The waiting jobs kept sorted with insort; the best is taken from the front (pop(0) shifts the list).
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
            insort(ready, (d, a, i))
            k += 1
        d, a, i = ready.pop(0)
        order.append(i)
        t += d
    return order
