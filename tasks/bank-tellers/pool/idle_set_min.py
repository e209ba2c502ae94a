import heapq


def assign_tellers(k, arrivals, durations):
    # Seat customers in order; the free tellers are a set (lowest by min()), the busy ones a heap of tuples.
    idle = set(range(k))
    busy = []
    start = 0
    out = []
    for a, d in zip(arrivals, durations):
        start = max(start, a)
        if not idle:
            start = max(start, busy[0][0])
        while busy and busy[0][0] <= start:
            idle.add(heapq.heappop(busy)[1])
        t = min(idle)
        idle.remove(t)
        heapq.heappush(busy, (start + d, t))
        out.append(t)
    return out
