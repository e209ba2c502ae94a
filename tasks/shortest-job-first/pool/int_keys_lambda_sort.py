import heapq


def sjf_order(arrivals, durations):
    # Packed integer priorities in the heap, but the arrival order comes from a sort with a tuple key.
    n = len(arrivals)
    idx = sorted(range(n), key=lambda i: (arrivals[i], i))
    heap = []
    order = []
    t = 0
    k = 0
    shift = 1 << 17
    while len(order) < n:
        if not heap and arrivals[idx[k]] > t:
            t = arrivals[idx[k]]
        while k < n and arrivals[idx[k]] <= t:
            i = idx[k]
            heapq.heappush(heap, (durations[i] << 48) + arrivals[i] * shift + i)
            k += 1
        key = heapq.heappop(heap)
        order.append(key % shift)
        t += key >> 48
    return order
