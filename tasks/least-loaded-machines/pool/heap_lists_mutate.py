import heapq


def assign_jobs(loads, jobs):
    heap = [[load, j] for j, load in enumerate(loads)]
    heapq.heapify(heap)
    checksum = 0
    for i, size in enumerate(jobs):
        top = heap[0]
        checksum += (i + 1) * top[1]
        top[0] += size
        heapq.heapreplace(heap, top)
    return [max(entry[0] for entry in heap), checksum]
