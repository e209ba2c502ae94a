import heapq


class Machine:
    def __init__(self, index, load):
        self.index = index
        self.load = load

    def __lt__(self, other):
        if self.load != other.load:
            return self.load < other.load
        return self.index < other.index


def assign_jobs(loads, jobs):
    heap = [Machine(j, load) for j, load in enumerate(loads)]
    heapq.heapify(heap)
    checksum = 0
    for i, size in enumerate(jobs):
        machine = heapq.heappop(heap)
        checksum += (i + 1) * machine.index
        machine.load += size
        heapq.heappush(heap, machine)
    return [max(m.load for m in heap), checksum]
