import heapq


def assign_jobs(loads, jobs):
    heap = []
    for j, load in enumerate(loads):
        heapq.heappush(heap, (load, j))
    assigned = []
    for size in jobs:
        load, j = heapq.heappop(heap)
        assigned.append(j)
        heapq.heappush(heap, (load + size, j))
    final = [0] * len(loads)
    for load, j in heap:
        final[j] = load
    checksum = sum((i + 1) * m for i, m in enumerate(assigned))
    return [max(final), checksum]
