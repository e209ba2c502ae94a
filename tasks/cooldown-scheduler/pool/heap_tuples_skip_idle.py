import heapq
from collections import Counter, deque


def cooldown_order(tasks, cooldown):
    # Heap of (-left, label) tuples with a FIFO cooling queue; when nothing may run, jump to the next release.
    heap = [(-c, s) for s, c in Counter(tasks).items()]
    heapq.heapify(heap)
    cooling = deque()
    order = []
    t = 0
    while heap or cooling:
        if not heap and cooling[0][0] > t:
            t = cooling[0][0]
        while cooling and cooling[0][0] <= t:
            heapq.heappush(heap, cooling.popleft()[1])
        negc, s = heapq.heappop(heap)
        order.append(s)
        if negc != -1:
            cooling.append((t + cooldown + 1, (negc + 1, s)))
        t += 1
    return order
