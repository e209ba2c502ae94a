import heapq
from collections import Counter


def cooldown_order(tasks, cooldown):
    # Heap of runnable labels; the cooling labels sit in a list that is filtered into two new lists every unit.
    heap = [(-c, s) for s, c in Counter(tasks).items()]
    heapq.heapify(heap)
    cooling = []
    result = []
    time = 0
    while heap or cooling:
        done = [item for item in cooling if item[0] <= time]
        cooling = [item for item in cooling if item[0] > time]
        for _, negc, s in done:
            heapq.heappush(heap, (negc, s))
        if heap:
            negc, s = heapq.heappop(heap)
            result.append(s)
            if negc < -1:
                cooling.append((time + cooldown + 1, negc + 1, s))
        time += 1
    return result
