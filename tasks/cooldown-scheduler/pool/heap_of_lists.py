import heapq
from collections import Counter, deque


def cooldown_order(tasks, cooldown):
    # Heap entries are [-left, label] lists updated in place; the cooling queue holds (release time, entry).
    heap = [[-c, s] for s, c in Counter(tasks).items()]
    heapq.heapify(heap)
    queue = deque()
    out = []
    time = 0
    while heap or queue:
        if queue and queue[0][0] <= time:
            heapq.heappush(heap, queue.popleft()[1])
        if heap:
            entry = heapq.heappop(heap)
            out.append(entry[1])
            entry[0] += 1
            if entry[0] < 0:
                queue.append((time + cooldown + 1, entry))
        time += 1
    return out
