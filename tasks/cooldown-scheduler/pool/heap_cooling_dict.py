import heapq
from collections import Counter


def cooldown_order(tasks, cooldown):
    # Runnable labels in a heap; labels on cooldown in a dict label -> (release time, left), scanned every unit.
    heap = [(-c, s) for s, c in Counter(tasks).items()]
    heapq.heapify(heap)
    cooling = {}
    order = []
    t = 0
    while heap or cooling:
        for s in [s for s, (release, _) in cooling.items() if release <= t]:
            heapq.heappush(heap, (-cooling.pop(s)[1], s))
        if heap:
            negc, s = heapq.heappop(heap)
            order.append(s)
            if negc < -1:
                cooling[s] = (t + cooldown + 1, -negc - 1)
        t += 1
    return order
