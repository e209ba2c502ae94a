import heapq


def min_max_lateness(processing, due):
    heap = [(due[i], i) for i in range(len(due))]
    heapq.heapify(heap)
    current = 0
    max_late = 0
    checksum = 0
    position = 1
    while heap:
        d, i = heapq.heappop(heap)
        current += processing[i]
        if current - d > max_late:
            max_late = current - d
        checksum += position * i
        position += 1
    return (max_late, checksum)
