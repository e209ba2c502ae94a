import heapq


class _Head:
    """A log's current head, ordered by value then log number (a Python-level comparison on every heap step)."""
    __slots__ = ("value", "log", "pos")

    def __init__(self, value, log, pos):
        self.value = value
        self.log = log
        self.pos = pos

    def __lt__(self, other):
        if self.value != other.value:
            return self.value < other.value
        return self.log < other.log


def merge_logs(logs):
    heap = [_Head(log[0], j, 0) for j, log in enumerate(logs) if log]
    heapq.heapify(heap)
    out = []
    while heap:
        head = heapq.heappop(heap)
        out.append(head.value)
        nxt = head.pos + 1
        if nxt < len(logs[head.log]):
            heapq.heappush(heap, _Head(logs[head.log][nxt], head.log, nxt))
    return out
