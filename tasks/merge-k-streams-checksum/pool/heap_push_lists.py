import heapq

MOD = (1 << 61) - 1


def merge_checksum(streams):
    k = len(streams)
    heap = []
    for j in range(k):
        if len(streams[j]) > 0:
            heapq.heappush(heap, [streams[j][0], j, 0])
    result = 0
    idx = 1
    while len(heap) > 0:
        item = heapq.heappop(heap)
        v, j, p = item[0], item[1], item[2]
        result = (result + idx * (k * v + j)) % MOD
        idx += 1
        if p + 1 < len(streams[j]):
            heapq.heappush(heap, [streams[j][p + 1], j, p + 1])
    return result
