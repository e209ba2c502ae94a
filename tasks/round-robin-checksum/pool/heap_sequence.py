import heapq


def round_robin_checksum(arrivals, bursts, quantum):
    # The ready queue is a heap ordered by a ticket number taken when a process joins it, which is FIFO order.
    n = len(arrivals)
    pending = [(arrivals[i], i) for i in range(n)]
    heapq.heapify(pending)
    remaining = list(bursts)
    finish = [0] * n
    ready = []
    ticket = 0
    t = 0
    while pending or ready:
        if not ready and pending[0][0] > t:
            t = pending[0][0]
        while pending and pending[0][0] <= t:
            _, i = heapq.heappop(pending)
            heapq.heappush(ready, (ticket, i))
            ticket += 1
        _, p = heapq.heappop(ready)
        run = min(quantum, remaining[p])
        t += run
        remaining[p] -= run
        while pending and pending[0][0] <= t:
            _, i = heapq.heappop(pending)
            heapq.heappush(ready, (ticket, i))
            ticket += 1
        if remaining[p]:
            heapq.heappush(ready, (ticket, p))
            ticket += 1
        else:
            finish[p] = t
    return sum((i + 1) * f for i, f in enumerate(finish))
