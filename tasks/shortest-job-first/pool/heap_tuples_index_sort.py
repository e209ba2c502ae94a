import heapq


def sjf_order(arrivals, durations):
    # Indices sorted by a lambda key; each arrival pushes a (duration, arrival, index) tuple.
    n = len(arrivals)
    idx = sorted(range(n), key=lambda i: (arrivals[i], i))
    heap = []
    order = []
    t = 0
    k = 0
    while len(order) < n:
        if not heap and arrivals[idx[k]] > t:
            t = arrivals[idx[k]]
        while k < n and arrivals[idx[k]] <= t:
            i = idx[k]
            heapq.heappush(heap, (durations[i], arrivals[i], i))
            k += 1
        item = heapq.heappop(heap)
        order.append(item[2])
        t += item[0]
    return order
