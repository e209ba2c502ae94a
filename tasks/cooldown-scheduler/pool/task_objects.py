import heapq
from collections import Counter, deque


class Job:
    """A label with its tasks left, ordered for the heap: most left first, then the smaller label."""

    def __init__(self, label, left):
        self.label = label
        self.left = left

    def __lt__(self, other):
        if self.left != other.left:
            return self.left > other.left
        return self.label < other.label


def cooldown_order(tasks, cooldown):
    heap = [Job(label, n) for label, n in Counter(tasks).items()]
    heapq.heapify(heap)
    waiting = deque()
    order = []
    time = 0
    while heap or waiting:
        while waiting and waiting[0][0] <= time:
            heapq.heappush(heap, waiting.popleft()[1])
        if heap:
            job = heapq.heappop(heap)
            order.append(job.label)
            job.left -= 1
            if job.left > 0:
                waiting.append((time + cooldown + 1, job))
        time += 1
    return order
