from heapq import heapify, heappop, heapreplace


def merge_logs(logs):
    # A heap of (head value, log, position): pop the smallest head and replace it by the next one of its log.
    heap = [(log[0], j, 0) for j, log in enumerate(logs) if log]
    heapify(heap)
    out = []
    while heap:
        value, j, i = heap[0]
        out.append(value)
        i += 1
        if i < len(logs[j]):
            heapreplace(heap, (logs[j][i], j, i))
        else:
            heappop(heap)
    return out
