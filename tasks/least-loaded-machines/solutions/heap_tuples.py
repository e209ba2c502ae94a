import heapq


def assign_jobs(loads, jobs):
    # A heap of (load, machine): the top is the least-loaded machine, ties broken by the machine number.
    heap = [(l, j) for j, l in enumerate(loads)]
    heapq.heapify(heap)
    checksum = 0
    for i, w in enumerate(jobs):
        l, m = heapq.heappop(heap)
        checksum += (i + 1) * m
        heapq.heappush(heap, (l + w, m))
    return [max(l for l, _ in heap), checksum]
