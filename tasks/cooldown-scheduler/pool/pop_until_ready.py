import heapq
from collections import Counter


def cooldown_order(tasks, cooldown):
    # One heap of every label with tasks left; each unit pop entries until one is off cooldown, then push the
    # skipped ones back.
    heap = [(-c, s) for s, c in Counter(tasks).items()]
    heapq.heapify(heap)
    last_run = {}
    order = []
    t = 0
    while heap:
        skipped = []
        chosen = None
        while heap:
            item = heapq.heappop(heap)
            if item[1] in last_run and t - last_run[item[1]] <= cooldown:
                skipped.append(item)
            else:
                chosen = item
                break
        for item in skipped:
            heapq.heappush(heap, item)
        if chosen is not None:
            negc, s = chosen
            order.append(s)
            last_run[s] = t
            if negc < -1:
                heapq.heappush(heap, (negc + 1, s))
        t += 1
    return order
