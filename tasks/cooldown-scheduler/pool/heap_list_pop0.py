import heapq
from collections import Counter


def cooldown_order(tasks, cooldown):
    # Heap of (-left, label) for runnable labels; cooling labels wait in a plain list used as a queue.
    heap = [(-n, name) for name, n in Counter(tasks).items()]
    heapq.heapify(heap)
    waiting = []
    out = []
    time = 0
    while heap or waiting:
        while waiting and waiting[0][0] == time:
            _, item = waiting.pop(0)
            heapq.heappush(heap, item)
        if heap:
            n, name = heapq.heappop(heap)
            out.append(name)
            if n + 1 < 0:
                waiting.append((time + cooldown + 1, (n + 1, name)))
        time += 1
    return out
