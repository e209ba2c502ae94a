import heapq

MOD = (1 << 61) - 1


def merge_checksum(streams):
    k = len(streams)
    heap = []
    for j, s in enumerate(streams):
        for v in s:
            heap.append(k * v + j)
    heapq.heapify(heap)
    total = 0
    i = 0
    while heap:
        i += 1
        total += i * heapq.heappop(heap)
    return total % MOD
