import heapq
from functools import total_ordering


@total_ordering
class Machine:
    __slots__ = ("load", "index")

    def __init__(self, load, index):
        self.load = load
        self.index = index

    def __eq__(self, other):
        return (self.load, self.index) == (other.load, other.index)

    def __lt__(self, other):
        return (self.load, self.index) < (other.load, other.index)


def assign_jobs(loads, jobs):
    heap = [Machine(load, j) for j, load in enumerate(loads)]
    heapq.heapify(heap)
    checksum = 0
    for i, size in enumerate(jobs):
        m = heap[0]
        checksum += (i + 1) * m.index
        heapq.heapreplace(heap, Machine(m.load + size, m.index))
    return [max(m.load for m in heap), checksum]
