import heapq
from collections import Counter, deque


def cooldown_order(tasks, cooldown):
    # A heap of (-left, label) holds the labels that may run; a label that just ran waits in a FIFO queue until its
    # cooldown is over (it ends later for every later run, so the queue stays in order). Idle units are ticked.
    ready = [(-c, label) for label, c in Counter(tasks).items()]
    heapq.heapify(ready)
    cooling = deque()
    order = []
    time = 0
    while ready or cooling:
        while cooling and cooling[0][0] <= time:
            _, neg, label = cooling.popleft()
            heapq.heappush(ready, (neg, label))
        if ready:
            neg, label = heapq.heappop(ready)
            order.append(label)
            if neg < -1:
                cooling.append((time + cooldown + 1, neg + 1, label))
        time += 1
    return order
