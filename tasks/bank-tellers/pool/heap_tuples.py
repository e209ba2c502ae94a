import heapq


def assign_tellers(k, arrivals, durations):
    # Customers are seated in arrival order; free tellers in a heap of numbers, busy ones in a heap of
    # (free time, number) tuples.
    free = list(range(k))
    busy = []
    now = 0
    out = []
    for i in range(len(arrivals)):
        now = max(now, arrivals[i])
        if len(free) == 0 and busy[0][0] > now:
            now = busy[0][0]
        while len(busy) > 0 and busy[0][0] <= now:
            _, t = heapq.heappop(busy)
            heapq.heappush(free, t)
        t = heapq.heappop(free)
        heapq.heappush(busy, (now + durations[i], t))
        out.append(t)
    return out
