import heapq
from collections import Counter


def cooldown_order(tasks, cooldown):
    # Integer heap keys (-left * d + rank), but idle units are ticked and the cooling queue is a list popped at 0.
    counts = Counter(tasks)
    names = sorted(counts)
    d = len(names)
    heap = [-counts[s] * d + r for r, s in enumerate(names)]
    heapq.heapify(heap)
    cooling = []
    order = []
    t = 0
    while heap or cooling:
        while cooling and cooling[0][0] <= t:
            heapq.heappush(heap, cooling.pop(0)[1])
        if heap:
            key = heapq.heappop(heap)
            order.append(names[key % d])
            if key < -d:
                cooling.append([t + cooldown + 1, key + d])
        t += 1
    return order
