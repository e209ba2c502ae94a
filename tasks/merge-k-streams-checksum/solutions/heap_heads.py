import heapq

MOD = (1 << 61) - 1


def merge_checksum(streams):
    # A heap of the streams' heads as (value, stream, position) tuples: ties go to the lower stream index.
    k = len(streams)
    heap = [(s[0], j, 0) for j, s in enumerate(streams) if s]
    heapq.heapify(heap)
    total = 0
    i = 0
    while heap:
        v, j, p = heap[0]
        i += 1
        total += i * (k * v + j)
        s = streams[j]
        p += 1
        if p < len(s):
            heapq.heapreplace(heap, (s[p], j, p))
        else:
            heapq.heappop(heap)
    return total % MOD
