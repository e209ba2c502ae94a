from heapq import heapify, heapreplace


def assign_jobs(loads, jobs):
    heap = list(zip(loads, range(len(loads))))
    heapify(heap)
    checksum = 0
    i = 0
    for w in jobs:
        i += 1
        load, m = heap[0]
        heapreplace(heap, (load + w, m))
        checksum += i * m
    return [max(heap)[0], checksum]
