import heapq
from collections import Counter, deque


def cooldown_order(tasks, cooldown):
    # The labels are ranked once in string order; a heap entry is one integer, -left * d + rank, so the heap compares
    # plain ints and the smallest is the label with the most left, then the smallest label. A label that just ran
    # waits in a FIFO deque (cooldowns end in run order); when nothing may run, time jumps to the next cooldown's end.
    counts = Counter(tasks)
    names = sorted(counts)
    d = len(names)
    ready = [-counts[name] * d + rank for rank, name in enumerate(names)]
    heapq.heapify(ready)
    cooling = deque()
    push, pop, append = heapq.heappush, heapq.heappop, cooling.append
    order = []
    emit = order.append
    gap = cooldown + 1
    time = 0
    while ready or cooling:
        if not ready:
            time = max(time, cooling[0][0])
        while cooling and cooling[0][0] <= time:
            push(ready, cooling.popleft()[1])
        key = pop(ready)
        emit(names[key % d])
        if key < -d:
            append((time + gap, key + d))
        time += 1
    return order
