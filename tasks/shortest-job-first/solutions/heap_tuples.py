import heapq


def sjf_order(arrivals, durations):
    # Jobs in arrival order feed a heap of (duration, arrival, index) tuples: the heap's top is the next job.
    n = len(arrivals)
    jobs = sorted(zip(arrivals, durations, range(n)))
    heap = []
    order = []
    t = 0
    k = 0
    while k < n or heap:
        if not heap and jobs[k][0] > t:
            t = jobs[k][0]
        while k < n and jobs[k][0] <= t:
            a, d, i = jobs[k]
            heapq.heappush(heap, (d, a, i))
            k += 1
        d, a, i = heapq.heappop(heap)
        order.append(i)
        t += d
    return order
