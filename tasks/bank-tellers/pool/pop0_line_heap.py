import heapq


def assign_tellers(k, arrivals, durations):
    # Event-time simulation with heaps for the tellers, but the waiting line is a list popped at the front.
    n = len(arrivals)
    idle = list(range(k))
    busy = []
    line = []
    out = [0] * n
    i = 0
    now = 0
    while i < n or line:
        if not line and i < n and arrivals[i] > now and (not busy or busy[0][0] > arrivals[i]):
            now = arrivals[i]
        elif (not idle or not line) and busy and (i >= n or busy[0][0] <= arrivals[i] or line):
            now = max(now, busy[0][0])
        while busy and busy[0][0] <= now:
            heapq.heappush(idle, heapq.heappop(busy)[1])
        while i < n and arrivals[i] <= now:
            line.append(i)
            i += 1
        while line and idle:
            c = line.pop(0)
            t = heapq.heappop(idle)
            out[c] = t
            heapq.heappush(busy, (now + durations[c], t))
    return out
