import heapq
from collections import deque


def sjf_order(arrivals, durations):
    # Arrivals in a deque of (arrival, index, duration) tuples, moved into a heap as the clock passes them.
    pending = deque(sorted((a, i, d) for i, (a, d) in enumerate(zip(arrivals, durations))))
    heap = []
    order = []
    t = 0
    while pending or heap:
        if not heap and pending[0][0] > t:
            t = pending[0][0]
        while pending and pending[0][0] <= t:
            a, i, d = pending.popleft()
            heapq.heappush(heap, (d, a, i))
        d, a, i = heapq.heappop(heap)
        order.append(i)
        t += d
    return order
