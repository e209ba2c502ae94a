import heapq


def merge_logs(logs):
    heap = []
    for j in range(len(logs)):
        if len(logs[j]) > 0:
            heapq.heappush(heap, (logs[j][0], j, 0))
    result = []
    while len(heap) > 0:
        value, j, i = heapq.heappop(heap)
        result.append(value)
        if i + 1 < len(logs[j]):
            heapq.heappush(heap, (logs[j][i + 1], j, i + 1))
    return result
