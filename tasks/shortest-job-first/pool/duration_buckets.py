import heapq
from collections import deque


def sjf_order(arrivals, durations):
    # Waiting jobs bucketed by duration (each bucket a FIFO in arrival order); a heap holds the durations that have
    # a non-empty bucket.
    n = len(arrivals)
    by_arrival = sorted(range(n), key=lambda i: (arrivals[i], i))
    buckets = {}
    lengths = []
    order = []
    t = 0
    k = 0
    waiting = 0
    while len(order) < n:
        if not waiting and arrivals[by_arrival[k]] > t:
            t = arrivals[by_arrival[k]]
        while k < n and arrivals[by_arrival[k]] <= t:
            i = by_arrival[k]
            d = durations[i]
            q = buckets.get(d)
            if q is None:
                q = buckets[d] = deque()
            if not q:
                heapq.heappush(lengths, d)
            q.append(i)
            waiting += 1
            k += 1
        d = lengths[0]
        q = buckets[d]
        i = q.popleft()
        if not q:
            heapq.heappop(lengths)
        waiting -= 1
        order.append(i)
        t += d
    return order
