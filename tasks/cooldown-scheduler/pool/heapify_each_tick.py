import heapq
from collections import Counter


def cooldown_order(tasks, cooldown):
    # Each time unit, build a heap of the labels that may run and pop the best.
    left = Counter(tasks)
    free_at = {name: 0 for name in left}
    order = []
    time = 0
    remaining = len(tasks)
    while remaining:
        heap = [(-c, name) for name, c in left.items() if c and free_at[name] <= time]
        if heap:
            heapq.heapify(heap)
            _, name = heapq.heappop(heap)
            order.append(name)
            left[name] -= 1
            free_at[name] = time + cooldown + 1
            remaining -= 1
        time += 1
    return order
